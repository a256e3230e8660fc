package org.spmawards.persistence.ranking;

import org.spmawards.domain.ranking.RankKind;

/**
 * How complete a ranking is, and what it leaves out.
 *
 * @param regionsWithValue the regions of the category (and province, if filtered) that
 * are ranked
 * @param regionsInCategory the regions of the category (and province)
 * @param preliminaryLeftOut preliminary values left out of the ranking (0 when they are
 * included)
 * @param incompleteLeftOut computed values left out because they were computed from too
 * few of the services owed
 * @param rankKind {@code NATIONAL} when every region of the category is ranked
 * nationally, so that the ranks are national ranks
 */
public record RankingCoverage(long regionsWithValue, long regionsInCategory, long preliminaryLeftOut,
		long incompleteLeftOut, RankKind rankKind) {

	/**
	 * Returns whether every region of the category (and province) is ranked.
	 * @return {@code true} if complete
	 */
	public boolean complete() {
		return this.regionsWithValue == this.regionsInCategory;
	}

}
