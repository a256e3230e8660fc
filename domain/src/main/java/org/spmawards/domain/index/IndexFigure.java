package org.spmawards.domain.index;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;

/**
 * The figure of an index value: whose it is, for which fiscal year and field, and the
 * value. What a reader that shows only the figures (a ranking table's field columns)
 * needs of an {@link IndexValue}, without its ranks, status or provenance.
 */
public interface IndexFigure {

	/**
	 * Returns the fiscal year.
	 * @return the fiscal year
	 */
	int fiscalYear();

	/**
	 * Returns the region.
	 * @return the region
	 */
	RegionCode region();

	/**
	 * Returns the field.
	 * @return the field, or {@code null} for the overall index
	 */
	@Nullable SectorCode sector();

	/**
	 * Returns the value.
	 * @return the value, rounded to two decimals
	 */
	Score value();

}
