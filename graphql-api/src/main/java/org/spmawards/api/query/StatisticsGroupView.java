package org.spmawards.api.query;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.query.StatisticsGroup;
import org.spmawards.domain.region.RegionLevel;

/**
 * One group of statistics, as the schema's {@code StatisticsGroup} shows it.
 *
 * @param key what the group's rows share
 * @param count how many rows
 * @param origins how many rows are published, computed and synthetic
 * @param mean the rounded mean, or {@code null} without rows
 * @param min the lowest value, or {@code null} without rows
 * @param max the highest value, or {@code null} without rows
 * @param median the rounded median, or {@code null} without rows
 * @param standardDeviation the rounded sample standard deviation, or {@code null}
 */
public record StatisticsGroupView(Key key, long count, StatisticsGroup.OriginCounts origins, @Nullable BigDecimal mean,
		@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal median,
		@Nullable BigDecimal standardDeviation) {

	/**
	 * The dimensions a group shares; those not grouped by are {@code null}.
	 *
	 * @param provinceCode the province
	 * @param level the level
	 * @param sectorCode the field
	 * @param serviceTypeCode the service type
	 * @param fiscalYear the fiscal year
	 * @param achievementLevelCode the achievement level
	 */
	public record Key(@Nullable String provinceCode, @Nullable RegionLevel level, @Nullable String sectorCode,
			@Nullable String serviceTypeCode, @Nullable Integer fiscalYear, @Nullable String achievementLevelCode) {

	}

}
