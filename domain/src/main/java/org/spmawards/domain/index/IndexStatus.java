package org.spmawards.domain.index;

/**
 * Whether a published index value is final or the result of a preliminary evaluation.
 * National rankings leave preliminary values out unless asked to include them.
 */
public enum IndexStatus {

	/** The value of the evaluation the ministry's ranking rests on. */
	FINAL,

	/**
	 * The value of an earlier, preliminary evaluation (e.g. of the fourth-quarter
	 * reports), which the final one may change.
	 */
	PRELIMINARY

}
