package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Completeness;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.ranking.IndexRanks;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.support.DataScope;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads the SPM index values this service holds: by region and year, a region's history,
 * by key.
 */
@Repository
public class IndexRepository {

	static final String OVERALL = "OVERALL";

	/**
	 * The columns of an index value, by their names in {@code index_value} and its view
	 * {@code index_value_row}: what {@link #indexValue(Readable)} reads.
	 */
	public static final List<String> COLUMN_NAMES = List.of("fiscal_year", "region_code", "sector_code", "value",
			"status", "achievement_level", "achievement_level_origin", "services_used", "services_owed", "rank",
			"rank_kind", "rank_with_preliminary", "published_rank", "published_rank_scope", "published_rank_group",
			"origin", "verification", "sources", "note");

	/**
	 * The columns {@link #indexValue(Readable)} reads, of the table aliased {@code v}.
	 */
	public static final String COLUMNS = IndexRepository.COLUMN_NAMES.stream()
		.map("v."::concat)
		.collect(Collectors.joining(", "));

	/**
	 * Returns {@link #COLUMNS} each named with a prefix, for a statement that selects
	 * them beside columns of the same names; {@link Rows#prefixed(Readable, String)}
	 * reads them back under their own names.
	 * @param prefix the prefix, e.g. {@code value_}
	 * @return the columns, e.g. {@code v.fiscal_year as value_fiscal_year, ...}
	 */
	public static String columnsPrefixed(String prefix) {
		return Arrays.stream(COLUMNS.split(", "))
			.map((column) -> column + " as " + prefix + column.substring("v.".length()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The columns {@link #valueFigure(Readable)} reads, of the table aliased {@code v}.
	 */
	public static final String FIGURE_COLUMNS = "v.fiscal_year, v.region_code, v.sector_code, v.value";

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

	/**
	 * Gathers, as {@code f}, the figures of the field values (not the overall index) of
	 * the same region and fiscal year as the values {@code v}, in two arrays that
	 * {@link #sectorFigures(Readable)} reads: one row per value instead of one per field.
	 */
	public static final String SECTOR_FIGURES_JOIN = " left join lateral (select array_agg(s.sector_code) as sector_codes,"
			+ " array_agg(s.value) as sector_values from index_value s where s.fiscal_year = v.fiscal_year"
			+ " and s.region_code = v.region_code and s.sector_code is not null) f on true";

	/** The arrays of {@link #SECTOR_FIGURES_JOIN}. */
	public static final String SECTOR_FIGURES_COLUMNS = "f.sector_codes, f.sector_values";

	/**
	 * By region, fiscal year, then the overall index first and the fields in the
	 * regulation's order (that of {@link SectorCode}, the {@code sector} table's
	 * {@code ordinal}). Sorted here: in the statement, the field's ordinal made the sort
	 * cost PostgreSQL as much as reading the rows.
	 */
	private static final Comparator<IndexFigure> REGION_YEAR_SECTOR = Comparator.comparing(IndexFigure::region)
		.thenComparingInt(IndexFigure::fiscalYear)
		.thenComparing(IndexFigure::sector, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final DatabaseClient database;

	public IndexRepository(DatabaseClient database) {
		this.database = database;
	}

	private static <T extends IndexFigure> Flux<T> byRegionYearAndSector(Flux<T> values) {
		return values.collectSortedList(REGION_YEAR_SECTOR).flatMapIterable(Function.identity());
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

	/**
	 * Reads the figures of a value's fields, selected as {@link #SECTOR_FIGURES_COLUMNS}
	 * with the value's {@code fiscal_year} and {@code region_code}.
	 * @param row the row
	 * @return the figures, in the regulation's order of the fields; empty if the region
	 * has no field values that year
	 */
	public static List<IndexFigure> sectorFigures(Readable row) {
		String[] sectors = row.get("sector_codes", String[].class);
		BigDecimal[] values = row.get("sector_values", BigDecimal[].class);
		if (sectors == null || values == null) {
			return List.of();
		}
		int fiscalYear = Rows.integer(row, "fiscal_year");
		RegionCode region = Rows.regionCode(row, "region_code");
		List<IndexFigure> figures = new ArrayList<>(sectors.length);
		for (int i = 0; i < sectors.length; i++) {
			figures.add(new ValueFigure(fiscalYear, region, SectorCode.valueOf(sectors[i]), new Score(values[i])));
		}
		figures.sort(REGION_YEAR_SECTOR);
		return figures;
	}

	/**
	 * Lists the index values of many regions for one fiscal year, overall and per field.
	 * @param regions the regions
	 * @param fiscalYear the fiscal year
	 * @return the values, by region, overall first, then fields in the regulation's order
	 */
	public Flux<IndexValue> findByRegions(Collection<RegionCode> regions, int fiscalYear) {
		return findByRegions(regions, fiscalYear, "");
	}

	/**
	 * Lists the field values (not the overall index) of many regions for one fiscal year.
	 * @param regions the regions
	 * @param fiscalYear the fiscal year
	 * @return the values, by region, then fields in the regulation's order
	 */
	public Flux<IndexValue> findSectorValuesByRegions(Collection<RegionCode> regions, int fiscalYear) {
		return findByRegions(regions, fiscalYear, " and v.sector_code is not null");
	}

	/**
	 * Lists the figures of the field values (not the overall index) of many regions for
	 * one fiscal year: four columns instead of the value's nineteen, for readers that
	 * show only the figures, which spares decoding the other fifteen.
	 * @param regions the regions
	 * @param fiscalYear the fiscal year
	 * @return the figures, by region, then fields in the regulation's order
	 */
	public Flux<ValueFigure> findSectorFiguresByRegions(Collection<RegionCode> regions, int fiscalYear) {
		return DataScope.fiscalYears(fiscalYear)
			.reading(this.database
				.sql("select " + FIGURE_COLUMNS + " from index_value v where v.region_code = any(:regions)"
						+ " and v.fiscal_year = :fiscalYear and v.sector_code is not null")
				.bind("regions", codes(regions))
				.bind("fiscalYear", fiscalYear)
				.map(IndexRepository::valueFigure)
				.all()
				.as(IndexRepository::byRegionYearAndSector));
	}

	private Flux<IndexValue> findByRegions(Collection<RegionCode> regions, int fiscalYear, String condition) {
		return DataScope.fiscalYears(fiscalYear)
			.reading(this.database
				.sql("select " + COLUMNS + " from index_value v where v.region_code = any(:regions)"
						+ " and v.fiscal_year = :fiscalYear" + condition)
				.bind("regions", codes(regions))
				.bind("fiscalYear", fiscalYear)
				.map(IndexRepository::indexValue)
				.all()
				.as(IndexRepository::byRegionYearAndSector));
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
		return history(COLUMNS, regions, fromYear, toYear).map(IndexRepository::indexValue)
			.all()
			.as(IndexRepository::byRegionYearAndSector);
	}

	/**
	 * Lists the figures of the index history of many regions: four columns instead of the
	 * value's nineteen, for readers that show only the figures (a region page's trend).
	 * @param regions the regions
	 * @param fromYear the first fiscal year, or {@code null} for the earliest
	 * @param toYear the last fiscal year, or {@code null} for the latest
	 * @return the figures, by region, fiscal year, overall first, then fields
	 */
	public Flux<ValueFigure> findHistoryFigures(Collection<RegionCode> regions, @Nullable Integer fromYear,
			@Nullable Integer toYear) {
		return history(FIGURE_COLUMNS, regions, fromYear, toYear).map(IndexRepository::valueFigure)
			.all()
			.as(IndexRepository::byRegionYearAndSector);
	}

	private DatabaseClient.GenericExecuteSpec history(String columns, Collection<RegionCode> regions,
			@Nullable Integer fromYear, @Nullable Integer toYear) {
		return this.database.sql("select " + columns + " from index_value v where v.region_code = any(:regions)"
				+ " and v.fiscal_year between coalesce(cast(:fromYear as int), 0) and coalesce(cast(:toYear as int), 9999)")
			.bind("regions", codes(regions))
			.bind("fromYear", Parameter.fromOrEmpty(fromYear, Integer.class))
			.bind("toYear", Parameter.fromOrEmpty(toYear, Integer.class));
	}

	/**
	 * Finds one index value.
	 * @param region the region
	 * @param fiscalYear the fiscal year
	 * @param sector the field, or {@code null} for the overall index
	 * @return the value, or empty if none is held
	 */
	public Mono<IndexValue> find(RegionCode region, int fiscalYear, @Nullable SectorCode sector) {
		return DataScope.fiscalYears(fiscalYear)
			.readingOne(this.database
				.sql("select " + COLUMNS + " from index_value v where v.region_code = :region"
						+ " and v.fiscal_year = :fiscalYear and v.scope = :scope")
				.bind("region", region.value())
				.bind("fiscalYear", fiscalYear)
				.bind("scope", scope(sector))
				.map(IndexRepository::indexValue)
				.one());
	}

	/**
	 * Finds index values by their keys, in one statement.
	 * @param keys the values' keys
	 * @return the values that exist
	 */
	public Flux<IndexValue> findByKeys(Collection<IndexKey> keys) {
		if (keys.isEmpty()) {
			return Flux.empty();
		}
		return yearsOf(keys, IndexKey::fiscalYear).reading(this.database
			.sql("select " + COLUMNS + " from index_value v join unnest(cast(:years as int[]),"
					+ " cast(:regions as varchar[]), cast(:scopes as varchar[])) as k(y, r, s)"
					+ " on v.fiscal_year = k.y and v.region_code = k.r and v.scope = k.s")
			.bind("years", keys.stream().map(IndexKey::fiscalYear).toArray(Integer[]::new))
			.bind("regions", keys.stream().map((key) -> key.region().value()).toArray(String[]::new))
			.bind("scopes", keys.stream().map((key) -> scope(key.sector())).toArray(String[]::new))
			.map(IndexRepository::indexValue)
			.all());
	}

	/**
	 * Returns the scope of a read of some keys: their fiscal years.
	 * @param <K> the keys
	 * @param keys the keys
	 * @param fiscalYear a key's fiscal year
	 * @return the scope
	 */
	static <K> DataScope yearsOf(Collection<K> keys, ToIntFunction<K> fiscalYear) {
		return DataScope.fiscalYears(keys.stream().mapToInt(fiscalYear).boxed().collect(Collectors.toSet()));
	}

	/**
	 * What makes an index value unique: its fiscal year, region and field.
	 *
	 * @param fiscalYear the fiscal year
	 * @param region the region
	 * @param sector the field, or {@code null} for the overall index
	 */
	public record IndexKey(int fiscalYear, RegionCode region, @Nullable SectorCode sector) {

		/**
		 * Returns the key of a value.
		 * @param value the value
		 * @return its key
		 */
		public static IndexKey of(IndexValue value) {
			return new IndexKey(value.fiscalYear(), value.region(), value.sector());
		}

	}

	public static String scope(@Nullable SectorCode sector) {
		return (sector != null) ? sector.name() : OVERALL;
	}

	private static String[] codes(Collection<RegionCode> regions) {
		return regions.stream().map(RegionCode::value).distinct().toArray(String[]::new);
	}

	/**
	 * Maps a row with {@link #FIGURE_COLUMNS}.
	 * @param row the row
	 * @return the figure
	 */
	public static ValueFigure valueFigure(Readable row) {
		String sector = row.get("sector_code", String.class);
		return new ValueFigure(Rows.integer(row, "fiscal_year"), Rows.regionCode(row, "region_code"),
				(sector != null) ? SectorCode.valueOf(sector) : null, new Score(row.get("value", BigDecimal.class)));
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
				(levelOrigin != null) ? Origin.valueOf(levelOrigin) : null,
				(owed != null) ? new Completeness(Rows.integer(row, "services_used"), owed) : null, ranks,
				Origin.valueOf(Rows.string(row, "origin")), Rows.provenance(row));
	}

}
