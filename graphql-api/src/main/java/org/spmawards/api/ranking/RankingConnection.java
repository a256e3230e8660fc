package org.spmawards.api.ranking;

import java.util.List;

import org.spmawards.api.support.Connection;
import org.spmawards.persistence.ranking.RankingCoverage;

/**
 * A page of a ranking with its coverage.
 *
 * @param page the entries as a connection
 * @param coverage how complete the ranking is, and what it leaves out
 * @param fiscalYear the fiscal year ranked
 */
public record RankingConnection(Connection<RankingEntry> page, RankingCoverage coverage, int fiscalYear) {

	public List<Connection.Edge<RankingEntry>> edges() {
		return this.page.edges();
	}

	public List<RankingEntry> nodes() {
		return this.page.nodes();
	}

	public Connection.PageInfo pageInfo() {
		return this.page.pageInfo();
	}

	public long totalCount() {
		return this.page.totalCount();
	}

}
