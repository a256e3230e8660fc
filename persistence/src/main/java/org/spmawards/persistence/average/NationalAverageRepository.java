package org.spmawards.persistence.average;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.average.NationalAverage;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads the published national mean SPM index per fiscal year.
 */
@Repository
public class NationalAverageRepository {

	private final DatabaseClient database;

	public NationalAverageRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists the published national means of a span of fiscal years.
	 * @param fromYear the first fiscal year, or {@code null} for the earliest
	 * @param toYear the last fiscal year, or {@code null} for the latest
	 * @return the means, by fiscal year, then all regions, provinces, regencies and
	 * cities
	 */
	public Flux<NationalAverage> find(@Nullable Integer fromYear, @Nullable Integer toYear) {
		return this.database
			.sql("select fiscal_year, scope, value, achievement_level, verification, sources, note from national_average"
					+ " where fiscal_year between coalesce(cast(:fromYear as int), 0) and coalesce(cast(:toYear as int), 9999)"
					+ " order by fiscal_year, array_position(array['ALL', 'PROVINCE', 'REGENCY_CITY']::varchar[], scope)")
			.bind("fromYear", Parameter.fromOrEmpty(fromYear, Integer.class))
			.bind("toYear", Parameter.fromOrEmpty(toYear, Integer.class))
			.map((row) -> new NationalAverage(Rows.integer(row, "fiscal_year"),
					"ALL".equals(Rows.string(row, "scope")) ? null : GovernmentLevel.valueOf(Rows.string(row, "scope")),
					new Score(row.get("value", BigDecimal.class)), row.get("achievement_level", String.class),
					Rows.provenance(row)))
			.all();
	}

}
