package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Statistics of one group of rows.
 *
 * @param keys the group's value of each grouping field (a code, or a year); a null value
 * is a group of its own, e.g. the overall index for the sector
 * @param count the rows with a value
 * @param mean the mean, unrounded
 * @param min the lowest value
 * @param max the highest value
 * @param median the median: the mean of the two middle values for an even count
 * @param standardDeviation the sample standard deviation, or {@code null} for one row
 */
public record StatisticsGroup(Map<QueryField, @Nullable Object> keys, long count, BigDecimal mean, BigDecimal min,
		BigDecimal max, BigDecimal median, @Nullable BigDecimal standardDeviation) {

}
