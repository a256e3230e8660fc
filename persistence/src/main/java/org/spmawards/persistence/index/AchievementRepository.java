package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.support.DataScope;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what regions reported per basic service.
 */
@Repository
public class AchievementRepository {

	static final String COLUMNS = "a.fiscal_year, a.region_code, a.service_type_code, a.target, a.served,"
			+ " a.quality_pct, a.verification, a.sources, a.note";

	/**
	 * The columns {@link #row(Readable)} reads, of the view {@code achievement_row}
	 * aliased {@code a}.
	 */
	public static final String ROW_COLUMNS = "a.fiscal_year, a.region_code, a.service_type_code, a.sector_code,"
			+ " a.target, a.served, a.quality_pct, a.achievement, a.achievement_level, a.verification, a.sources, a.note";

	/**
	 * The prefix of the columns of a field report's index value:
	 * {@code value_fiscal_year}, {@code value_value}...
	 */
	private static final String VALUE_PREFIX = "value_";

	private static final String SECTOR_REPORT = "select " + ROW_COLUMNS + ", "
			+ IndexRepository.columnsPrefixed(VALUE_PREFIX) + " from (select " + IndexRepository.COLUMNS
			+ " from index_value v where v.region_code = :region and v.fiscal_year = :fiscalYear"
			+ " and v.scope = :sector) v full join (select " + ROW_COLUMNS + " from achievement_row a"
			+ " where a.region_code = :region and a.fiscal_year = :fiscalYear and a.sector_code = :sector) a on true"
			+ " order by a.service_type_code";

	private final DatabaseClient database;

	public AchievementRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists every service achievement of a fiscal year.
	 * @param fiscalYear the fiscal year
	 * @return the achievements, by region and service type
	 */
	public Flux<ServiceAchievement> findByFiscalYear(int fiscalYear) {
		return DataScope.fiscalYears(fiscalYear)
			.reading(this.database
				.sql("select " + COLUMNS + " from service_achievement a where a.fiscal_year = :fiscalYear"
						+ " order by a.region_code, a.service_type_code")
				.bind("fiscalYear", fiscalYear)
				.map(AchievementRepository::achievement)
				.all());
	}

	/**
	 * Reads what one region reported in one field for one fiscal year, with the
	 * achievements and levels stored when the year was last recomputed, and the field's
	 * index value, in one statement: the value (at most one row) fully joined to the
	 * achievements, so that either comes without the other.
	 * @param region the region
	 * @param fiscalYear the fiscal year
	 * @param sector the field
	 * @return the report; empty if neither an achievement nor a value is held
	 */
	public Mono<SectorReport> findSectorReport(RegionCode region, int fiscalYear, SectorCode sector) {
		return DataScope.fiscalYears(fiscalYear).readingOne(Mono.defer(() -> {
			// every row carries the same value: it is read from the first
			AtomicBoolean first = new AtomicBoolean(true);
			return this.database.sql(SECTOR_REPORT)
				.bind("region", region.value())
				.bind("fiscalYear", fiscalYear)
				.bind("sector", sector.name())
				.map((row) -> new SectorReport(first.getAndSet(false) ? sectorValue(row) : null,
						(row.get("service_type_code") != null) ? List.of(row(row)) : List.of()))
				.all()
				.collectList();
		})
			.filter((rows) -> !rows.isEmpty())
			.map((rows) -> new SectorReport(rows.get(0).index(),
					rows.stream().flatMap((row) -> row.reported().stream()).toList())));
	}

	private static @Nullable IndexValue sectorValue(Readable row) {
		Readable value = Rows.prefixed(row, VALUE_PREFIX);
		return (value.get("fiscal_year") != null) ? IndexRepository.indexValue(value) : null;
	}

	/**
	 * Lists the weakest service achievements of many regions in one fiscal year, in one
	 * statement: for each region its weakest overall and its weakest in each field.
	 * @param fiscalYear the fiscal year
	 * @param regions the regions
	 * @param first how many per region, and per region and field
	 * @return the achievements, weakest first, each with its place in its region and in
	 * its region's field
	 */
	public Flux<WeakService> findWeakest(int fiscalYear, Collection<RegionCode> regions, int first) {
		return DataScope.fiscalYears(fiscalYear)
			.reading(this.database.sql("select * from (select " + ROW_COLUMNS
					+ ", row_number() over (partition by a.region_code order by a.achievement,"
					+ " a.service_type_code) as in_region, row_number() over (partition by a.region_code, a.sector_code"
					+ " order by a.achievement, a.service_type_code) as in_sector from achievement_row a"
					+ " where a.fiscal_year = :fiscalYear and a.region_code = any(:regions) and a.achievement is not null) w"
					+ " where w.in_region <= :first or w.in_sector <= :first"
					+ " order by w.region_code, w.achievement, w.service_type_code")
				.bind("fiscalYear", fiscalYear)
				.bind("regions", regions.stream().map(RegionCode::value).distinct().toArray(String[]::new))
				.bind("first", first)
				.map((row) -> new WeakService(row(row), row.get("in_region", Long.class),
						row.get("in_sector", Long.class)))
				.all());
	}

	/**
	 * Maps a row of the {@code achievement_row} view.
	 * @param row the row
	 * @return the achievement with its field and level
	 */
	public static AchievementRow row(Readable row) {
		return new AchievementRow(achievement(row), SectorCode.valueOf(Rows.string(row, "sector_code")),
				row.get("achievement", BigDecimal.class), row.get("achievement_level", String.class));
	}

	/**
	 * Finds service achievements by their fiscal year, region and service type, in one
	 * statement.
	 * @param keys the achievements' keys
	 * @return the achievements that were reported
	 */
	public Flux<AchievementRow> findByKeys(Collection<AchievementKey> keys) {
		if (keys.isEmpty()) {
			return Flux.empty();
		}
		return IndexRepository.yearsOf(keys, AchievementKey::fiscalYear)
			.reading(this.database
				.sql("select " + ROW_COLUMNS + " from achievement_row a join unnest(cast(:years as int[]),"
						+ " cast(:regions as varchar[]), cast(:types as varchar[])) as k(y, r, t)"
						+ " on a.fiscal_year = k.y and a.region_code = k.r and a.service_type_code = k.t")
				.bind("years", keys.stream().map(AchievementKey::fiscalYear).toArray(Integer[]::new))
				.bind("regions", keys.stream().map((key) -> key.region().value()).toArray(String[]::new))
				.bind("types", keys.stream().map(AchievementKey::serviceType).toArray(String[]::new))
				.map(AchievementRepository::row)
				.all());
	}

	/**
	 * What makes a service achievement unique.
	 *
	 * @param fiscalYear the fiscal year
	 * @param region the region
	 * @param serviceType the service type's code
	 */
	public record AchievementKey(int fiscalYear, RegionCode region, String serviceType) {

	}

	/**
	 * A weak service achievement of a region.
	 *
	 * @param achievement the achievement
	 * @param inRegion its place among the region's achievements, weakest first, from 1
	 * @param inSector its place among the region's achievements in its field
	 */
	public record WeakService(AchievementRow achievement, long inRegion, long inSector) {

	}

	/**
	 * Maps a row with the table's columns.
	 * @param row the row
	 * @return the domain record
	 */
	public static ServiceAchievement achievement(Readable row) {
		return new ServiceAchievement(Rows.regionCode(row, "region_code"), Rows.integer(row, "fiscal_year"),
				Rows.string(row, "service_type_code"), row.get("target", Long.class), row.get("served", Long.class),
				row.get("quality_pct", BigDecimal.class), Rows.provenance(row));
	}

}
