package org.spmawards.domain.ranking;

/**
 * What a rank computed by this service means: a national rank only when every region of
 * the category has a value in the ranking and the ranking reproduces one method, so that
 * it can never contradict a published rank beside it.
 */
public enum RankKind {

	/**
	 * Every region of the category has a value in the ranking, all of them published or
	 * all computed by this service, and no rank differs from a published national rank:
	 * the computed rank is a national rank.
	 */
	NATIONAL,

	/**
	 * Only some regions of the category have a value in the ranking, all of one origin:
	 * the rank is a place among the values this service holds, not a national rank.
	 */
	WITHIN_DATA_HELD,

	/**
	 * The ranking puts published values beside values this service computed with its
	 * provisional method (or orders published values otherwise than their published
	 * national ranks): the rank is a place in that mix, never a national rank.
	 */
	MIXED_METHODS;

	/**
	 * Returns what the ranks of one ranking mean. The rule is this service's only one:
	 * the rankings read in SQL pass their counts here.
	 * @param ranked how many values the ranking ranks
	 * @param regions how many regions the category has
	 * @param origins how many origins the ranked values have: 1 when all are published or
	 * all computed, 2 when both are ranked together
	 * @param differingFromPublished how many ranked values have a published national rank
	 * that differs from their rank in this ranking
	 * @return the kind of the ranking's ranks
	 */
	public static RankKind of(long ranked, long regions, long origins, long differingFromPublished) {
		if (origins > 1) {
			return MIXED_METHODS;
		}
		if (ranked < regions) {
			return WITHIN_DATA_HELD;
		}
		return (differingFromPublished > 0) ? MIXED_METHODS : NATIONAL;
	}

}
