package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexOrigin;
import org.spmawards.domain.index.IndexValue;
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

	private static final String COLUMNS = "v.fiscal_year, v.region_code, v.sector_code, v.value, v.achievement_level,"
			+ " v.rank, v.published_rank, v.origin, v.verification, v.sources, v.note";

	private static final String RANKING_FILTER = " where v.fiscal_year = :fiscalYear and v.category = :category"
			+ " and v.scope = :scope and (cast(:province as text) is null or left(v.region_code, 2) = :province)";

	private static final String REGIONS_IN_CATEGORY = "(select count(*) from region r where r.level = :category"
			+ " and (cast(:province as text) is null or left(r.code, 2) = :province))";

	/** Sector order of the regulation, the overall index first. */
	private static final String SECTOR_ORDER = "coalesce((select s.ordinal from sector s where s.code = v.sector_code), 0)";

	private final DatabaseClient database;

	public IndexRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Reads a page of a ranking: the regions of one level by their index for one fiscal
	 * year, overall or in one field. Filtering by province keeps the national ranks.
	 * @param fiscalYear the fiscal year
	 * @param category the level of the regions ranked
	 * @param sector the field, or {@code null} for the overall index
	 * @param province only regions of this province, or {@code null}
	 * @param offset how many entries to skip
	 * @param limit how many entries to return at most
	 * @return the page with its coverage
	 */
	public Mono<RankingPage> findRanking(int fiscalYear, RegionLevel category, @Nullable SectorCode sector,
			@Nullable RegionCode province, long offset, int limit) {
		String sql = "select " + COLUMNS + ", p.rank as previous_rank, count(*) over () as total_count, "
				+ REGIONS_IN_CATEGORY + " as regions_in_category from index_value v"
				+ " left join index_value p on p.fiscal_year = v.fiscal_year - 1 and p.region_code = v.region_code"
				+ " and p.scope = v.scope" + RANKING_FILTER
				+ " order by v.rank, v.region_code limit :limit offset :offset";
		return bindRanking(this.database.sql(sql), fiscalYear, category, sector, province).bind("limit", limit)
			.bind("offset", offset)
			.map((row) -> new CountedRow(new RankingRow(indexValue(row), row.get("previous_rank", Integer.class)),
					row.get("total_count", Long.class), row.get("regions_in_category", Long.class)))
			.all()
			.collectList()
			.flatMap((rows) -> rows.isEmpty() ? countRanking(fiscalYear, category, sector, province, offset)
					: Mono.just(new RankingPage(
							new Page<>(rows.stream().map(CountedRow::row).toList(), offset, rows.get(0).total()),
							rows.get(0).total(), rows.get(0).inCategory())));
	}

	/**
	 * Counts when the page is past the end, where the window function has no row to
	 * report on.
	 */
	private Mono<RankingPage> countRanking(int fiscalYear, RegionLevel category, @Nullable SectorCode sector,
			@Nullable RegionCode province, long offset) {
		String sql = "select count(*) as total_count, " + REGIONS_IN_CATEGORY
				+ " as regions_in_category from index_value v" + RANKING_FILTER;
		return bindRanking(this.database.sql(sql), fiscalYear, category, sector, province)
			.map((row) -> new RankingPage(new Page<>(List.of(), offset, row.get("total_count", Long.class)),
					row.get("total_count", Long.class), row.get("regions_in_category", Long.class)))
			.one();
	}

	private static DatabaseClient.GenericExecuteSpec bindRanking(DatabaseClient.GenericExecuteSpec spec, int fiscalYear,
			RegionLevel category, @Nullable SectorCode sector, @Nullable RegionCode province) {
		return spec.bind("fiscalYear", fiscalYear)
			.bind("category", category.name())
			.bind("scope", scope(sector))
			.bind("province", Parameter.fromOrEmpty((province != null) ? province.value() : null, String.class));
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
	 * Summarises one ranking in one statement.
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
				+ " group by grouping sets ((), (v.achievement_level))";
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
		return new IndexValue(Rows.integer(row, "fiscal_year"), Rows.regionCode(row, "region_code"),
				(sector != null) ? SectorCode.valueOf(sector) : null, new Score(row.get("value", BigDecimal.class)),
				row.get("achievement_level", String.class), Rows.integer(row, "rank"),
				row.get("published_rank", Integer.class), IndexOrigin.valueOf(Rows.string(row, "origin")),
				Rows.provenance(row));
	}

	private record CountedRow(RankingRow row, Long total, Long inCategory) {

	}

	private record StatisticsRow(@Nullable String level, boolean total, long count, @Nullable BigDecimal min,
			@Nullable BigDecimal max, @Nullable BigDecimal mean, @Nullable BigDecimal median) {

	}

}
