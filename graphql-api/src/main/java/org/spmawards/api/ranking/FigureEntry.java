package org.spmawards.api.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.ranking.RankedFigure;

/**
 * A region's place in a ranking read as figures, for a selection that asks for no more
 * than {@link RankingEntry#FIGURE_FIELDS}.
 *
 * @param id the entry's ID for caches ({@link RankingEntry#id()})
 * @param figure the ranked value's figure with its rank
 * @param position the entry's place in the whole list, from 1
 * @param sectors the figures of the region's values per field that fiscal year, in the
 * regulation's order (empty when not asked for)
 */
public record FigureEntry(String id, RankedFigure figure, long position,
		List<IndexFigure> sectors) implements RankingEntry {

	@Override
	public RegionCode region() {
		return this.figure.figure().region();
	}

	@Override
	public int rank() {
		return this.figure.rank();
	}

	@Override
	public RankKind rankKind() {
		return this.figure.rankKind();
	}

	@Override
	public BigDecimal value() {
		return this.figure.figure().value().value();
	}

}
