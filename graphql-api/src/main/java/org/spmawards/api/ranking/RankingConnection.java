package org.spmawards.api.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Connection;
import org.spmawards.persistence.ranking.RankingCoverage;

/**
 * A page of a ranking with its coverage. The coverage, and with it the page's place in
 * the whole ranking, is read only when the selection asks for it (see
 * {@link RankingController}); otherwise those parts are {@code null} and never served.
 *
 * @param edges the entries with their cursors
 * @param counted the page with the length of the whole ranking and the page's place in
 * it, or {@code null} if the coverage was not read
 * @param coverage how complete the ranking is, and what it leaves out, or {@code null} if
 * it was not read
 * @param fiscalYear the fiscal year ranked
 */
public record RankingConnection(List<Connection.Edge<RankingEntry>> edges, @Nullable Connection<RankingEntry> counted,
		@Nullable RankingCoverage coverage, int fiscalYear) {

	/**
	 * Returns a page with its coverage.
	 * @param page the page as a connection
	 * @param coverage how complete the ranking is
	 * @param fiscalYear the fiscal year ranked
	 * @return the page
	 */
	static RankingConnection of(Connection<RankingEntry> page, RankingCoverage coverage, int fiscalYear) {
		return new RankingConnection(page.edges(), page, coverage, fiscalYear);
	}

	public List<RankingEntry> nodes() {
		return this.edges.stream().map(Connection.Edge::node).toList();
	}

	public Connection.@Nullable PageInfo pageInfo() {
		return (this.counted != null) ? this.counted.pageInfo() : null;
	}

	public @Nullable Long totalCount() {
		return (this.counted != null) ? this.counted.totalCount() : null;
	}

}
