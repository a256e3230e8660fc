package org.spmawards.persistence.index;

import org.spmawards.persistence.support.Page;

/**
 * A page of a ranking and how complete the ranking is.
 *
 * @param page the entries
 * @param regionsWithValue how many regions of the category (and province, if filtered)
 * have a value
 * @param regionsInCategory how many regions the category (and province) has
 */
public record RankingPage(Page<RankingRow> page, long regionsWithValue, long regionsInCategory) {

}
