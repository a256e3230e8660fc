package org.spmawards.api.index;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;

/**
 * Statistics of one ranking, as the schema's {@code SectorStatistics} shows them.
 *
 * @param fiscalYear the fiscal year
 * @param category the regions' level
 * @param sectorCode the field, or {@code null} for the overall index
 * @param count how many regions have a value
 * @param regionsInCategory how many regions the category has
 * @param min the lowest value, or {@code null}
 * @param max the highest value, or {@code null}
 * @param mean the rounded mean, or {@code null}
 * @param median the rounded median, or {@code null}
 * @param byAchievementLevel the count per level, highest first
 */
public record SectorStatistics(int fiscalYear, RegionLevel category, @Nullable SectorCode sectorCode, long count,
		long regionsInCategory, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal mean,
		@Nullable BigDecimal median, List<LevelCount> byAchievementLevel) {

	/**
	 * How many regions fall in one achievement level.
	 *
	 * @param levelCode the level's code
	 * @param count how many regions
	 */
	public record LevelCount(String levelCode, long count) {

	}

}
