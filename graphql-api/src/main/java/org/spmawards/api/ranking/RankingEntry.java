package org.spmawards.api.ranking;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexOrigin;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Provenance;

/**
 * A region's place in a ranking, as the schema's {@code RankingEntry} shows it.
 *
 * @param index the ranked index value
 * @param previousRank the rank a fiscal year earlier, or {@code null}
 */
public record RankingEntry(IndexValue index, @Nullable Integer previousRank) {

	public int rank() {
		return this.index.rank();
	}

	public BigDecimal value() {
		return this.index.value().value();
	}

	public @Nullable Integer rankChange() {
		return (this.previousRank != null) ? this.previousRank - this.index.rank() : null;
	}

	public @Nullable Integer publishedRank() {
		return this.index.publishedRank();
	}

	public IndexOrigin origin() {
		return this.index.origin();
	}

	public Provenance provenance() {
		return this.index.provenance();
	}

}
