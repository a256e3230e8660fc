package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Summary statistics of the index values of one ranking.
 *
 * @param count how many regions have a value
 * @param min the lowest value, or {@code null} without values
 * @param max the highest value, or {@code null} without values
 * @param mean the mean, unrounded, or {@code null} without values
 * @param median the median (the mean of the two middle values for an even count), or
 * {@code null} without values
 * @param countByLevel how many regions fall in each achievement level, by level code
 */
public record IndexStatistics(long count, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal mean,
		@Nullable BigDecimal median, Map<String, Long> countByLevel) {

}
