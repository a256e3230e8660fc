package org.spmawards.domain.ranking;

/**
 * What a rank computed by this service means: a national rank only when every region of
 * the category has a value in the ranking.
 */
public enum RankKind {

	/**
	 * Every region of the category has a value in the ranking, so the computed rank is a
	 * national rank.
	 */
	NATIONAL,

	/**
	 * Only some regions of the category have a value in the ranking: the rank is a place
	 * among the values this service holds, not a national rank.
	 */
	WITHIN_DATA_HELD

}
