package org.spmawards.api.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.paging.Connection;
import org.spmawards.persistence.ranking.RankingCoverage;

/**
 * A page of a ranking with its coverage. The coverage, and with it the page's place in
 * the whole ranking, is read only when the selection asks for it (see
 * {@link RankingController}); otherwise those parts are {@code null} and never served.
 *
 * @param edges the entries with their cursors
 * @param pageInfo where the page sits in the whole ranking, or {@code null} if the
 * ranking was not counted
 * @param totalCount how many entries the whole ranking holds, or {@code null} if it was
 * not counted
 * @param coverage how complete the ranking is, and what it leaves out, or {@code null} if
 * it was not read
 * @param fiscalYear the fiscal year ranked
 */
public record RankingConnection(List<Connection.Edge<RankingEntry>> edges, Connection.@Nullable PageInfo pageInfo,
		@Nullable Long totalCount, @Nullable RankingCoverage coverage, int fiscalYear) {

	/**
	 * Returns a page of a counted ranking, with its coverage.
	 * @param page the page as a connection
	 * @param coverage how complete the ranking is
	 * @param fiscalYear the fiscal year ranked
	 * @return the page
	 */
	static RankingConnection counted(Connection<RankingEntry> page, RankingCoverage coverage, int fiscalYear) {
		return new RankingConnection(page.edges(), page.pageInfo(), page.totalCount(), coverage, fiscalYear);
	}

	/**
	 * Returns a page read without the ranking's coverage.
	 * @param edges the entries with their cursors
	 * @param fiscalYear the fiscal year ranked
	 * @return the page
	 */
	static RankingConnection uncounted(List<Connection.Edge<RankingEntry>> edges, int fiscalYear) {
		return new RankingConnection(edges, null, null, null, fiscalYear);
	}

	public List<RankingEntry> nodes() {
		return this.edges.stream().map(Connection.Edge::node).toList();
	}

}
