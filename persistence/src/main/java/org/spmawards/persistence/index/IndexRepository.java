package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Completeness;
import org.spmawards.domain.index.IndexOrigin;
import org.spmawards.domain.index.IndexRanks;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.PublishedRank;
import org.spmawards.domain.index.RankKind;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads the SPM index values this service holds: rankings, a region's history,
 * statistics. A ranking page, with its size and coverage, is one statement.
 */
@Repository
public class IndexRepository {

	static final String OVERALL = "OVERALL";

	/**
	 * The columns {@link #indexValue(Readable)} reads, of the table aliased {@code v}.
	 */
	public static final String COLUMNS = "v.fiscal_year, v.region_code, v.sector_code, v.value, v.status,"
			+ " v.achievement_level, v.achievement_level_origin, v.services_used, v.services_owed, v.rank, v.rank_kind,"
			+ " v.rank_with_preliminary, v.published_rank, v.published_rank_scope, v.published_rank_group, v.origin,"
			+ " v.verification, v.sources, v.note";

	/**
	 * Joins the same region's value of the same field a fiscal year earlier, as
	 * {@code p}, to the values {@code v}; {@link #previousRanks(Readable)} reads its
	 * {@link #PREVIOUS_COLUMNS}.
	 */
	public static final String PREVIOUS_JOIN = " left join index_value p on p.fiscal_year = v.fiscal_year - 1"
			+ " and p.region_code = v.region_code and p.scope = v.scope";

	/** The ranks of the value a fiscal year earlier, from {@link #PREVIOUS_JOIN}. */
	public static final String PREVIOUS_COLUMNS = "p.rank as previous_rank, p.rank_kind as previous_rank_kind,"
			+ " p.rank_with_preliminary as previous_rank_with_preliminary, p.published_rank as previous_published_rank,"
			+ " p.published_rank_scope as previous_published_rank_scope,"
			+ " p.published_rank_group as previous_published_rank_group";

	private static final String IN_PROVINCE = "(cast(:province as text) is null or left(%s.region_code, 2) = :province)";

	/** Sector order of the regulation, the overall index first. */
	private static final String SECTOR_ORDER = "coalesce((select s.ordinal from sector s where s.code = v.sector_code), 0)";

	private final DatabaseClient database;

	public IndexRepository(DatabaseClient database) {
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
		// the rank column is one of two fixed names, never the client's text
		String rank = ranking.includePreliminary() ? "rank_with_preliminary" : "rank";
		String category = " where %1$s.fiscal_year = :fiscalYear and %1$s.category = :category and %1$s.scope = :scope";
		// the summary always has one row, so the page's count and coverage come with it
		// even past the last entry; the previous year is joined to the page only
		String sql = "with summary as (select" + " count(*) filter (where c." + rank
				+ " is not null) as ranked_nationally," + " count(*) filter (where c." + rank + " is not null and "
				+ IN_PROVINCE.formatted("c") + ") as ranked," + " count(*) filter (where c." + rank
				+ " is null and c.rank_with_preliminary is not null and " + IN_PROVINCE.formatted("c")
				+ ") as preliminary_left_out," + " count(*) filter (where c.rank_with_preliminary is null and "
				+ IN_PROVINCE.formatted("c") + ") as incomplete_left_out,"
				+ " (select count(*) from region r where r.level = :category) as regions_nationally,"
				+ " (select count(*) from region r where r.level = :category"
				+ " and (cast(:province as text) is null or r.province_code = :province)) as regions_in_category from index_value c"
				+ category.formatted("c") + ")," + " page as (select " + COLUMNS + ", v.scope, v." + rank
				+ " as listed_rank from index_value v" + category.formatted("v") + " and v." + rank
				+ " is not null and " + IN_PROVINCE.formatted("v") + " order by v." + rank
				+ ", v.region_code limit :limit offset :offset)" + " select s.*, v.*, " + PREVIOUS_COLUMNS
				+ " from summary s left join page v on true" + PREVIOUS_JOIN + " order by v.listed_rank, v.region_code";
		return this.database.sql(sql)
			.bind("fiscalYear", ranking.fiscalYear())
			.bind("category", ranking.category().name())
			.bind("scope", scope(ranking.sector()))
			.bind("province",
					Parameter.fromOrEmpty((ranking.province() != null) ? ranking.province().value() : null,
							String.class))
			.bind("limit", limit)
			.bind("offset", offset)
			.map((row) -> {
				RankKind kind = (count(row, "ranked_nationally") == count(row, "regions_nationally"))
						? RankKind.NATIONAL : RankKind.WITHIN_DATA_HELD;
				RankingCoverage coverage = new RankingCoverage(count(row, "ranked"), count(row, "regions_in_category"),
						count(row, "preliminary_left_out"), count(row, "incomplete_left_out"), kind);
				RankingRow entry = (row.get("region_code", String.class) != null)
						? new RankingRow(indexValue(row), Rows.integer(row, "listed_rank"), kind, previousRanks(row))
						: null;
				return new SummaryAndRow(coverage, Optional.ofNullable(entry));
			})
			.all()
			.collectList()
			.map((rows) -> {
				RankingCoverage coverage = rows.get(0).coverage();
				List<RankingRow> entries = rows.stream().flatMap((row) -> row.entry().stream()).toList();
				return new RankingPage(new Page<>(entries, offset, coverage.regionsWithValue()), coverage);
			});
	}

	/**
	 * Reads the ranks of a value a fiscal year earlier, selected as
	 * {@link #PREVIOUS_COLUMNS}.
	 * @param row the row
	 * @return the ranks, or {@code null} if the region had no value that year
	 */
	public static @Nullable IndexRanks previousRanks(Readable row) {
		Integer rank = row.get("previous_rank", Integer.class);
		Integer withPreliminary = row.get("previous_rank_with_preliminary", Integer.class);
		PublishedRank published = Rows.publishedRank(row, "previous_published_rank", "previous_published_rank_scope",
				"previous_published_rank_group");
		if (rank == null && withPreliminary == null && published == null) {
			return null;
		}
		String kind = row.get("previous_rank_kind", String.class);
		return new IndexRanks(rank, (kind != null) ? RankKind.valueOf(kind) : null, withPreliminary, published);
	}

	private static long count(Readable row, String column) {
		Long value = row.get(column, Long.class);
		return (value != null) ? value : 0;
	}

	/**
	 * Lists the index values of many regions for one fiscal year, overall and per field.
	 * @param regions the regions
	 * @param fiscalYear the fiscal year
	 * @return the values, by region, overall first, then fields in the regulation's order
	 */
	public Flux<IndexValue> findByRegions(Collection<RegionCode> regions, int fiscalYear) {
		return this.database
			.sql("select " + COLUMNS + " from index_value v where v.region_code = any(:regions)"
					+ " and v.fiscal_year = :fiscalYear order by v.region_code, " + SECTOR_ORDER)
			.bind("regions", codes(regions))
			.bind("fiscalYear", fiscalYear)
			.map(IndexRepository::indexValue)
			.all();
	}

	/**
	 * Lists the index history of many regions.
	 * @param regions the regions
	 * @param fromYear the first fiscal year, or {@code null} for the earliest
	 * @param toYear the last fiscal year, or {@code null} for the latest
	 * @return the values, by region, fiscal year, overall first, then fields
	 */
	public Flux<IndexValue> findHistory(Collection<RegionCode> regions, @Nullable Integer fromYear,
			@Nullable Integer toYear) {
		return this.database.sql("select " + COLUMNS + " from index_value v where v.region_code = any(:regions)"
				+ " and v.fiscal_year between coalesce(cast(:fromYear as int), 0) and coalesce(cast(:toYear as int), 9999)"
				+ " order by v.region_code, v.fiscal_year, " + SECTOR_ORDER)
			.bind("regions", codes(regions))
			.bind("fromYear", Parameter.fromOrEmpty(fromYear, Integer.class))
			.bind("toYear", Parameter.fromOrEmpty(toYear, Integer.class))
			.map(IndexRepository::indexValue)
			.all();
	}

	/**
	 * Finds one index value.
	 * @param region the region
	 * @param fiscalYear the fiscal year
	 * @param sector the field, or {@code null} for the overall index
	 * @return the value, or empty if none is held
	 */
	public Mono<IndexValue> find(RegionCode region, int fiscalYear, @Nullable SectorCode sector) {
		return this.database
			.sql("select " + COLUMNS + " from index_value v where v.region_code = :region"
					+ " and v.fiscal_year = :fiscalYear and v.scope = :scope")
			.bind("region", region.value())
			.bind("fiscalYear", fiscalYear)
			.bind("scope", scope(sector))
			.map(IndexRepository::indexValue)
			.one();
	}

	/**
	 * Summarises one ranking in one statement: the ranked final values, as a ranking
	 * holds them.
	 * @param fiscalYear the fiscal year
	 * @param category the level of the regions
	 * @param sector the field, or {@code null} for the overall index
	 * @return the statistics
	 */
	public Mono<IndexStatistics> statistics(int fiscalYear, RegionLevel category, @Nullable SectorCode sector) {
		// The median is the mean of the lower and upper middle values, taken exactly in
		// numeric.
		String sql = "select v.achievement_level, grouping(v.achievement_level) as total_row, count(*) as n,"
				+ " min(v.value) as min, max(v.value) as max, avg(v.value) as mean,"
				+ " (percentile_disc(0.5) within group (order by v.value)"
				+ " + percentile_disc(0.5) within group (order by v.value desc)) / 2 as median"
				+ " from index_value v where v.fiscal_year = :fiscalYear and v.category = :category and v.scope = :scope"
				+ " and v.rank is not null group by grouping sets ((), (v.achievement_level))";
		return this.database.sql(sql)
			.bind("fiscalYear", fiscalYear)
			.bind("category", category.name())
			.bind("scope", scope(sector))
			.map((row) -> new StatisticsRow(row.get("achievement_level", String.class),
					Integer.valueOf(1).equals(row.get("total_row", Integer.class)), row.get("n", Long.class),
					row.get("min", BigDecimal.class), row.get("max", BigDecimal.class),
					row.get("mean", BigDecimal.class), row.get("median", BigDecimal.class)))
			.all()
			.collectList()
			.map(IndexRepository::statistics);
	}

	private static IndexStatistics statistics(List<StatisticsRow> rows) {
		Map<String, Long> byLevel = new LinkedHashMap<>();
		StatisticsRow total = null;
		for (StatisticsRow row : rows) {
			if (row.total()) {
				total = row;
			}
			else if (row.level() != null) {
				byLevel.put(row.level(), row.count());
			}
		}
		if (total == null) {
			return new IndexStatistics(0, null, null, null, null, byLevel);
		}
		return new IndexStatistics(total.count(), total.min(), total.max(), total.mean(), total.median(), byLevel);
	}

	static String scope(@Nullable SectorCode sector) {
		return (sector != null) ? sector.name() : OVERALL;
	}

	private static String[] codes(Collection<RegionCode> regions) {
		return regions.stream().map(RegionCode::value).distinct().toArray(String[]::new);
	}

	/**
	 * Maps a row with the table's columns.
	 * @param row the row
	 * @return the domain record
	 */
	public static IndexValue indexValue(Readable row) {
		String sector = row.get("sector_code", String.class);
		String levelOrigin = row.get("achievement_level_origin", String.class);
		Integer owed = row.get("services_owed", Integer.class);
		String kind = row.get("rank_kind", String.class);
		IndexRanks ranks = new IndexRanks(row.get("rank", Integer.class),
				(kind != null) ? RankKind.valueOf(kind) : null, row.get("rank_with_preliminary", Integer.class),
				Rows.publishedRank(row, "published_rank", "published_rank_scope", "published_rank_group"));
		return new IndexValue(Rows.integer(row, "fiscal_year"), Rows.regionCode(row, "region_code"),
				(sector != null) ? SectorCode.valueOf(sector) : null, new Score(row.get("value", BigDecimal.class)),
				IndexStatus.valueOf(Rows.string(row, "status")), row.get("achievement_level", String.class),
				(levelOrigin != null) ? IndexOrigin.valueOf(levelOrigin) : null,
				(owed != null) ? new Completeness(Rows.integer(row, "services_used"), owed) : null, ranks,
				IndexOrigin.valueOf(Rows.string(row, "origin")), Rows.provenance(row));
	}

	private record SummaryAndRow(RankingCoverage coverage, Optional<RankingRow> entry) {

	}

	private record StatisticsRow(@Nullable String level, boolean total, long count, @Nullable BigDecimal min,
			@Nullable BigDecimal max, @Nullable BigDecimal mean, @Nullable BigDecimal median) {

	}

}
