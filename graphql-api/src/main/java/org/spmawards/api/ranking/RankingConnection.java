package org.spmawards.api.ranking;

import java.util.List;

import org.spmawards.api.support.Connection;

/**
 * A page of a ranking with its coverage.
 *
 * @param page the entries as a connection
 * @param coverage how complete the ranking is
 * @param fiscalYear the fiscal year ranked
 */
public record RankingConnection(Connection<RankingEntry> page, Coverage coverage, int fiscalYear) {

	public List<Connection.Edge<RankingEntry>> edges() {
		return this.page.edges();
	}

	public Connection.PageInfo pageInfo() {
		return this.page.pageInfo();
	}

	public long totalCount() {
		return this.page.totalCount();
	}

	/**
	 * How many regions of a category have a value.
	 *
	 * @param regionsWithValue regions with a value
	 * @param regionsInCategory regions in the category
	 */
	public record Coverage(long regionsWithValue, long regionsInCategory) {

		public boolean complete() {
			return this.regionsWithValue == this.regionsInCategory;
		}

	}

}
