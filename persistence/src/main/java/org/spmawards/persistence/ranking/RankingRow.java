package org.spmawards.persistence.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.ranking.IndexRanks;
import org.spmawards.domain.ranking.RankKind;

/**
 * An entry of a ranking: the index value with its ranks, its rank in the ranking read
 * (which counts the preliminary values when they are included) and the ranks of the same
 * region and field a fiscal year before.
 *
 * @param value the index value, with its ranks
 * @param rank the rank in the ranking read
 * @param rankKind whether that rank is a national rank
 * @param previous the ranks a fiscal year earlier, or {@code null} if the region had no
 * value then (or they were not read)
 * @param sectorFigures the figures of the region's field values of the same fiscal year,
 * in the regulation's order, or {@code null} if they were not read
 */
public record RankingRow(IndexValue value, int rank, RankKind rankKind, @Nullable IndexRanks previous,
		@Nullable List<IndexFigure> sectorFigures) {

	/**
	 * Creates an entry without its field figures.
	 * @param value the index value, with its ranks
	 * @param rank the rank in the ranking read
	 * @param rankKind whether that rank is a national rank
	 * @param previous the ranks a fiscal year earlier, or {@code null}
	 */
	public RankingRow(IndexValue value, int rank, RankKind rankKind, @Nullable IndexRanks previous) {
		this(value, rank, rankKind, previous, null);
	}

	/**
	 * Returns the national rank a fiscal year earlier, when it is of the same kind as
	 * this year's (published, or computed over a complete ranking).
	 * @return the earlier rank, or {@code null}
	 */
	public @Nullable Integer previousNationalRank() {
		return this.value.ranks().comparable(this.previous);
	}

	/**
	 * Returns the change of the national rank since a fiscal year earlier, comparing like
	 * with like.
	 * @return the earlier rank minus this one, or {@code null}
	 */
	public @Nullable Integer nationalRankChange() {
		return this.value.ranks().changeSince(this.previous);
	}

}
