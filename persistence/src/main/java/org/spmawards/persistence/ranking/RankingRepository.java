package org.spmawards.persistence.ranking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.support.DataScope;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads rankings: the ranked index values of one category, a page at a time, with the
 * ranking's coverage and each entry's ranks of the year before, in one statement; or,
 * when neither is wanted, the page's entries alone, in a statement that PostgreSQL plans
 * and runs several times faster.
 */
@Repository
public class RankingRepository {

	private static final String IN_RANKING = " where %1$s.fiscal_year = :fiscalYear and %1$s.category = :category"
			+ " and %1$s.scope = :scope";

	private static final String IN_PROVINCE = "(cast(:province as text) is null or left(%s.region_code, 2) = :province)";

	/** The columns of a page's whole values. */
	private static final String VALUE_COLUMNS = IndexRepository.COLUMNS + ", v.scope";

	/** The columns of a page's values read as figures, with their rank's kind. */
	private static final String FIGURE_COLUMNS = IndexRepository.FIGURE_COLUMNS + ", v.rank_kind";

	/** The statement of a ranking of final values, made once, not per request. */
	private static final String FINAL_ONLY = statement("rank");

	/** The statement of a ranking with preliminary values. */
	private static final String WITH_PRELIMINARY = statement("rank_with_preliminary");

	/**
	 * The statements of a page of final values, made once: alone, with their ranks of the
	 * year before, with their field figures, with both; indexed by
	 * {@link #entriesIndex(boolean, boolean)}.
	 */
	private static final List<String> ENTRIES = List.of(entriesStatement(VALUE_COLUMNS, false, false),
			entriesStatement(VALUE_COLUMNS, true, false), entriesStatement(VALUE_COLUMNS, false, true),
			entriesStatement(VALUE_COLUMNS, true, true));

	/**
	 * The statements of a page of final values read as figures, made once: alone, with
	 * their field figures; indexed by whether they read the field figures.
	 */
	private static final List<String> FIGURES = List.of(entriesStatement(FIGURE_COLUMNS, false, false),
			entriesStatement(FIGURE_COLUMNS, false, true));

	private final DatabaseClient database;

	public RankingRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Reads a page of a ranking with its coverage, in one statement. Filtering by
	 * province keeps the national ranks.
	 * @param ranking which ranking
	 * @param offset how many entries to skip
	 * @param limit how many entries to return at most
	 * @return the page with its coverage
	 */
	public Mono<RankingPage> findRanking(Ranking ranking, long offset, int limit) {
		String sql = ranking.includePreliminary() ? WITH_PRELIMINARY : FINAL_ONLY;
		return scope(ranking).readingOne(bind(sql, ranking, offset, limit).map((row) -> {
			RankKind kind = RankKind.of(count(row, "ranked_nationally"), count(row, "regions_nationally"),
					count(row, "origins_ranked"), count(row, "differing_from_published"));
			RankingCoverage coverage = new RankingCoverage(count(row, "ranked"), count(row, "regions_in_category"),
					count(row, "preliminary_left_out"), count(row, "incomplete_left_out"), kind);
			RankingRow entry = (row.get("region_code", String.class) != null)
					? new RankingRow(IndexRepository.indexValue(row), Rows.integer(row, "listed_rank"), kind,
							IndexRepository.previousRanks(row))
					: null;
			return new SummaryAndRow(coverage, Optional.ofNullable(entry));
		}).all().collectList().map((rows) -> {
			RankingCoverage coverage = rows.get(0).coverage();
			List<RankingRow> entries = rows.stream().flatMap((row) -> row.entry().stream()).toList();
			return new RankingPage(new Page<>(entries, offset, coverage.regionsWithValue()), coverage);
		}));
	}

	/**
	 * Reads a page of a ranking of final values without the ranking's coverage: the
	 * entries alone, with their ranks of the year before only when asked for. The
	 * coverage (counts over the whole category) made the statement cost PostgreSQL
	 * several times as much to plan and run as the page itself. An entry's rank kind is
	 * the one stored with its value, which is the ranking's: NATIONAL when every region
	 * of the category has a final rank.
	 * @param ranking which ranking: of final values only
	 * @param offset how many entries to skip
	 * @param limit how many entries to return at most
	 * @param previousRanks whether to read the entries' ranks of the year before
	 * (otherwise {@link RankingRow#previous()} is {@code null})
	 * @param sectorFigures whether to read the figures of the entries' field values in
	 * the same statement, for a table that shows them (otherwise
	 * {@link RankingRow#sectorFigures()} is {@code null})
	 * @return the entries, in rank order
	 * @throws IllegalArgumentException if the ranking includes preliminary values, whose
	 * entries take their rank kind from the coverage
	 */
	public Flux<RankingRow> findEntries(Ranking ranking, long offset, int limit, boolean previousRanks,
			boolean sectorFigures) {
		requireFinalOnly(ranking);
		return scope(ranking).reading(
				bind(ENTRIES.get(entriesIndex(previousRanks, sectorFigures)), ranking, offset, limit).map((row) -> {
					IndexValue value = IndexRepository.indexValue(row);
					return new RankingRow(value, Rows.integer(row, "listed_rank"),
							Objects.requireNonNull(value.ranks().kind(), "a ranked value has a rank kind"),
							previousRanks ? IndexRepository.previousRanks(row) : null,
							sectorFigures ? IndexRepository.sectorFigures(row) : null);
				}).all());
	}

	/**
	 * Reads a page of a ranking of final values as figures: each entry's value, rank and
	 * rank kind, and its field figures when asked for; six columns instead of the
	 * twenty-one of {@link #findEntries}, for a table that shows no more.
	 * @param ranking which ranking: of final values only
	 * @param offset how many entries to skip
	 * @param limit how many entries to return at most
	 * @param sectorFigures whether to read the figures of the entries' field values in
	 * the same statement (otherwise {@link RankedFigure#sectorFigures()} is {@code null})
	 * @return the entries, in rank order
	 * @throws IllegalArgumentException if the ranking includes preliminary values, whose
	 * entries take their rank kind from the coverage
	 */
	public Flux<RankedFigure> findFigures(Ranking ranking, long offset, int limit, boolean sectorFigures) {
		requireFinalOnly(ranking);
		return scope(ranking)
			.reading(bind(FIGURES.get(sectorFigures ? 1 : 0), ranking, offset, limit)
				.map((row) -> new RankedFigure(IndexRepository.valueFigure(row), Rows.integer(row, "listed_rank"),
						RankKind.valueOf(Rows.string(row, "rank_kind")),
						sectorFigures ? IndexRepository.sectorFigures(row) : null))
				.all());
	}

	/**
	 * Returns what a ranking's statements read: its fiscal year, and the ranks of the
	 * year before.
	 * @param ranking the ranking
	 * @return the scope of its reads
	 */
	public static DataScope scope(Ranking ranking) {
		return DataScope.fiscalYears(ranking.fiscalYear() - 1, ranking.fiscalYear());
	}

	private static void requireFinalOnly(Ranking ranking) {
		if (ranking.includePreliminary()) {
			throw new IllegalArgumentException("A ranking with preliminary values is read with its coverage");
		}
	}

	private static int entriesIndex(boolean previousRanks, boolean sectorFigures) {
		return (previousRanks ? 1 : 0) + (sectorFigures ? 2 : 0);
	}

	private DatabaseClient.GenericExecuteSpec bind(String sql, Ranking ranking, long offset, int limit) {
		return this.database.sql(sql)
			.bind("fiscalYear", ranking.fiscalYear())
			.bind("category", ranking.category().name())
			.bind("scope", IndexRepository.scope(ranking.sector()))
			.bind("province",
					Parameter.fromOrEmpty((ranking.province() != null) ? ranking.province().value() : null,
							String.class))
			.bind("limit", limit)
			.bind("offset", offset);
	}

	/**
	 * The statement of a page of final values, optionally with the year before and the
	 * field figures joined to the page's rows only.
	 * @param columns the columns of the values to read: fixed texts, never the client's
	 * @param previous whether to join the year before
	 * @param figures whether to join the field figures
	 * @return the statement
	 */
	private static String entriesStatement(String columns, boolean previous, boolean figures) {
		String page = page(columns, "rank");
		if (!previous && !figures) {
			return page;
		}
		return "select v.*" + (previous ? ", " + IndexRepository.PREVIOUS_COLUMNS : "")
				+ (figures ? ", " + IndexRepository.SECTOR_FIGURES_COLUMNS : "") + " from (" + page + ") v"
				+ (previous ? IndexRepository.PREVIOUS_JOIN : "") + (figures ? IndexRepository.SECTOR_FIGURES_JOIN : "")
				+ " order by v.listed_rank, v.region_code";
	}

	/**
	 * The statement of a ranking by a rank column, with its coverage and the year before.
	 * @param rank the rank column: one of two fixed names, never the client's text
	 * @return the statement
	 */
	private static String statement(String rank) {
		// the summary always has one row, so the page's count and coverage come with it
		// even past the last entry; the previous year is joined to the page only
		return "with summary as (select" + " count(*) filter (where c." + rank + " is not null) as ranked_nationally,"
		// a preliminary value is of another evaluation than a final one: with them, a
		// ranking mixes methods (and is never national)
				+ " count(distinct c.origin || ':' || c.status) filter (where c." + rank
				+ " is not null) as origins_ranked,"
				+ " count(*) filter (where c.published_rank_scope = 'NATIONAL' and c.published_rank <> c." + rank
				+ ") as differing_from_published," + " count(*) filter (where c." + rank + " is not null and "
				+ IN_PROVINCE.formatted("c") + ") as ranked," + " count(*) filter (where c." + rank
				+ " is null and c.rank_with_preliminary is not null and " + IN_PROVINCE.formatted("c")
				+ ") as preliminary_left_out," + " count(*) filter (where c.rank_with_preliminary is null and "
				+ IN_PROVINCE.formatted("c") + ") as incomplete_left_out,"
				+ " (select count(*) from region r where r.level = :category) as regions_nationally,"
				+ " (select count(*) from region r where r.level = :category"
				+ " and (cast(:province as text) is null or r.province_code = :province)) as regions_in_category from index_value c"
				+ IN_RANKING.formatted("c") + ")," + " page as (" + page(VALUE_COLUMNS, rank) + ")"
				+ " select s.*, v.*, " + IndexRepository.PREVIOUS_COLUMNS + " from summary s left join page v on true"
				+ IndexRepository.PREVIOUS_JOIN + " order by v.listed_rank, v.region_code";
	}

	/**
	 * The query of a page of the values ranked by a rank column, that rank as
	 * {@code listed_rank}.
	 * @param columns the columns of the values to read: fixed texts, never the client's
	 * @param rank the rank column: one of two fixed names, never the client's text
	 * @return the query
	 */
	private static String page(String columns, String rank) {
		return "select " + columns + ", v." + rank + " as listed_rank from index_value v" + IN_RANKING.formatted("v")
				+ " and v." + rank + " is not null and " + IN_PROVINCE.formatted("v") + " order by v." + rank
				+ ", v.region_code limit :limit offset :offset";
	}

	private static long count(Readable row, String column) {
		Long value = row.get(column, Long.class);
		return (value != null) ? value : 0;
	}

	private record SummaryAndRow(RankingCoverage coverage, Optional<RankingRow> entry) {

	}

}
