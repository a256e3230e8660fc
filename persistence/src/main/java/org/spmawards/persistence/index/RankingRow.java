package org.spmawards.persistence.index;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;

/**
 * An entry of a ranking: the index value with its rank, and the rank of the same region
 * in the fiscal year before.
 *
 * @param value the index value, with its rank
 * @param previousRank the rank a year earlier, or {@code null} if the region had no value
 */
public record RankingRow(IndexValue value, @Nullable Integer previousRank) {

}
