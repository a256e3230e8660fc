package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Statistics of one group of rows. A group without rows (an empty selection, or a group
 * listed with none) has a count of 0 and no measures.
 *
 * @param keys the group's value of each grouping field (a code, or a year); a null value
 * is a group of its own, e.g. the overall index for the sector
 * @param count the rows with a value
 * @param origins how many of the rows are published, computed and synthetic
 * @param mean the mean, unrounded, or {@code null} without rows
 * @param min the lowest value, or {@code null} without rows
 * @param max the highest value, or {@code null} without rows
 * @param median the median (the mean of the two middle values for an even count), or
 * {@code null} without rows
 * @param standardDeviation the sample standard deviation, or {@code null} for fewer than
 * two rows
 */
public record StatisticsGroup(Map<QueryField, @Nullable Object> keys, long count, OriginCounts origins,
		@Nullable BigDecimal mean, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal median,
		@Nullable BigDecimal standardDeviation) {

	/**
	 * Returns a group without rows.
	 * @param keys the group's keys
	 * @return the group
	 */
	public static StatisticsGroup empty(Map<QueryField, @Nullable Object> keys) {
		return new StatisticsGroup(keys, 0, new OriginCounts(0, 0, 0), null, null, null, null, null);
	}

	/**
	 * How many rows of a group are published, computed and synthetic.
	 *
	 * @param published published values, or reported achievements
	 * @param computed values computed by this service from real data
	 * @param synthetic synthetic demo values, or values computed from them
	 */
	public record OriginCounts(long published, long computed, long synthetic) {

	}

}
