package org.spmawards.domain.ranking;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Origin;

/**
 * The ranks of an index value. Three numbers are in play and never stand in for each
 * other: the rank as officially published, where known; the rank this service computes
 * among the values it holds; and, derived from those, the national rank, which is the
 * published national rank or a computed rank of kind {@link RankKind#NATIONAL}.
 *
 * @param rank the standard competition rank among the final values of the category that
 * are ranked (published, or computed from enough of the services owed); {@code null} for
 * a value left out of the ranking
 * @param kind whether {@code rank} is a national rank; {@code null} without a rank
 * @param withPreliminary the rank among the same values and the preliminary ones;
 * {@code null} for a value left out of that ranking too
 * @param published the rank as officially published, or {@code null}
 */
public record IndexRanks(@Nullable Integer rank, @Nullable RankKind kind, @Nullable Integer withPreliminary,
		@Nullable PublishedRank published) {

	/** The ranks of a value that is in no ranking and has no published rank. */
	public static final IndexRanks NONE = new IndexRanks(null, null, null, null);

	public IndexRanks {
		if ((rank == null) != (kind == null)) {
			throw new IllegalArgumentException("A computed rank and its kind come together");
		}
		if ((rank != null && rank < 1) || (withPreliminary != null && withPreliminary < 1)) {
			throw new IllegalArgumentException("A rank starts at 1");
		}
		if (rank != null && withPreliminary == null) {
			throw new IllegalArgumentException("A ranked final value is also ranked with the preliminary values");
		}
	}

	/**
	 * Returns the national rank: the published rank if it is national, else the computed
	 * rank if it is {@link RankKind#NATIONAL}, else {@code null}.
	 * @return the national rank, or {@code null} when there is none
	 */
	public @Nullable Integer national() {
		if (this.published != null && this.published.scope().national()) {
			return this.published.rank();
		}
		return (this.kind == RankKind.NATIONAL) ? this.rank : null;
	}

	/**
	 * Returns where the national rank comes from.
	 * @return {@code PUBLISHED} or {@code COMPUTED}, or {@code null} without a national
	 * rank
	 */
	public @Nullable Origin nationalOrigin() {
		if (this.published != null && this.published.scope().national()) {
			return Origin.PUBLISHED;
		}
		return (this.kind == RankKind.NATIONAL) ? Origin.COMPUTED : null;
	}

	/**
	 * Returns the change of the national rank since an earlier year's, comparing like
	 * with like: a published rank with a published rank, a computed national rank with a
	 * computed national rank.
	 * @param earlier the ranks of the same region and field in the earlier year, or
	 * {@code null}
	 * @return the earlier rank minus this one (positive when the region moved up), or
	 * {@code null} when the two are not of the same kind
	 */
	public @Nullable Integer changeSince(@Nullable IndexRanks earlier) {
		Integer before = comparable(earlier);
		Integer now = national();
		return (before != null && now != null) ? before - now : null;
	}

	/**
	 * Returns the national rank of an earlier year that is of the same kind as this
	 * year's.
	 * @param earlier the earlier year's ranks, or {@code null}
	 * @return the earlier national rank, or {@code null} when it is of another kind
	 */
	public @Nullable Integer comparable(@Nullable IndexRanks earlier) {
		Origin origin = nationalOrigin();
		if (earlier == null || origin == null || earlier.nationalOrigin() != origin) {
			return null;
		}
		return earlier.national();
	}

}
