package org.spmawards.persistence.ranking;

import org.spmawards.persistence.support.Page;

/**
 * A page of a ranking and how complete the ranking is.
 *
 * @param page the entries
 * @param coverage how complete the ranking is, and what it leaves out
 */
public record RankingPage(Page<RankingRow> page, RankingCoverage coverage) {

}
