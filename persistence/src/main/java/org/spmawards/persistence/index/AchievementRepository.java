package org.spmawards.persistence.index;

import java.math.BigDecimal;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads what regions reported per basic service.
 */
@Repository
public class AchievementRepository {

	static final String COLUMNS = "a.fiscal_year, a.region_code, a.service_type_code, a.target, a.served,"
			+ " a.quality_pct, a.verification, a.sources, a.note";

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
		return this.database
			.sql("select " + COLUMNS + " from service_achievement a where a.fiscal_year = :fiscalYear"
					+ " order by a.region_code, a.service_type_code")
			.bind("fiscalYear", fiscalYear)
			.map(AchievementRepository::achievement)
			.all();
	}

	/**
	 * Lists what one region reported for one fiscal year, optionally in one field only.
	 * @param region the region
	 * @param fiscalYear the fiscal year
	 * @param sector only this field, or {@code null} for all
	 * @return the achievements, by service type
	 */
	public Flux<ServiceAchievement> findByRegion(RegionCode region, int fiscalYear, @Nullable SectorCode sector) {
		return this.database
			.sql("select " + COLUMNS + " from service_achievement a join service_type t on t.code = a.service_type_code"
					+ " where a.region_code = :region and a.fiscal_year = :fiscalYear"
					+ " and (cast(:sector as text) is null or t.sector_code = :sector) order by a.service_type_code")
			.bind("region", region.value())
			.bind("fiscalYear", fiscalYear)
			.bind("sector", Parameter.fromOrEmpty((sector != null) ? sector.name() : null, String.class))
			.map(AchievementRepository::achievement)
			.all();
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
