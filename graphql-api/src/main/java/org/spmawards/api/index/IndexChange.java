package org.spmawards.api.index;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;

/**
 * How a region's index value changed since an earlier fiscal year, as the schema's
 * {@code IndexChange} shows it.
 *
 * @param fromFiscalYear the earlier fiscal year
 * @param fromValue the earlier value
 * @param difference this value minus the earlier one
 * @param fromNationalRank the earlier national rank, when of the same kind as this year's
 * @param nationalRankChange the earlier national rank minus this year's, or {@code null}
 */
public record IndexChange(int fromFiscalYear, BigDecimal fromValue, BigDecimal difference,
		@Nullable Integer fromNationalRank, @Nullable Integer nationalRankChange) {

	/**
	 * Compares a value with the same region's and field's value of an earlier year.
	 * @param earlier the earlier value
	 * @param value the value
	 * @return the change
	 */
	static IndexChange between(IndexValue earlier, IndexValue value) {
		return new IndexChange(earlier.fiscalYear(), earlier.value().value(),
				value.value().value().subtract(earlier.value().value()), value.ranks().comparable(earlier.ranks()),
				value.ranks().changeSince(earlier.ranks()));
	}

}
