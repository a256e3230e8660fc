package org.spmawards.domain.award;

/**
 * How a region was named at an edition without (or beside) winning an award.
 */
public enum MentionKind {

	/** Named as a nominee. */
	NOMINEE,

	/** A published national rank that was not an award. */
	PUBLISHED_RANK,

	/** A published rank within a region group. */
	REGIONAL_RANK

}
