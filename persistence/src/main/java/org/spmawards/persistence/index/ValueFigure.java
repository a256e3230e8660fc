package org.spmawards.persistence.index;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;

/**
 * The figure of a region's index value, overall or in one field, read without the rest of
 * the value.
 *
 * @param fiscalYear the fiscal year
 * @param region the region
 * @param sector the field, or {@code null} for the overall index
 * @param value the value
 */
public record ValueFigure(int fiscalYear, RegionCode region, @Nullable SectorCode sector,
		Score value) implements IndexFigure {

	public ValueFigure {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(value, "value");
	}

}
