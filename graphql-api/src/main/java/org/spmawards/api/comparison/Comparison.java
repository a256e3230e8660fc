package org.spmawards.api.comparison;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.SectorCode;

/**
 * Regions side by side, as the schema's {@code Comparison} shows them.
 *
 * @param fiscalYear the fiscal year compared
 * @param regions the regions, in the order asked for
 * @param rows the overall index, then one row per field
 */
public record Comparison(int fiscalYear, List<Region> regions, List<Row> rows) {

	/**
	 * One index across the regions.
	 *
	 * @param sectorCode the field, or {@code null} for the overall index
	 * @param values a value per region, in the regions' order; {@code null} where none is
	 * held
	 */
	public record Row(@Nullable SectorCode sectorCode, List<@Nullable IndexValue> values) {

	}

}
