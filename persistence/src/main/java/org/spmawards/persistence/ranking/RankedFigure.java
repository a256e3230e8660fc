package org.spmawards.persistence.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.ranking.RankKind;

/**
 * An entry of a ranking page read as figures, for a table that shows no more: the value's
 * figure, its rank in the ranking and the rank's kind (the one stored with the value,
 * which is the ranking's for final values), without the rest of the value.
 *
 * @param figure the ranked value's figure
 * @param rank the rank in the ranking
 * @param rankKind the kind of that rank
 * @param sectorFigures the figures of the region's field values that fiscal year, when
 * they were read with the entry (else {@code null})
 */
public record RankedFigure(IndexFigure figure, int rank, RankKind rankKind, @Nullable List<IndexFigure> sectorFigures) {

}
