package org.spmawards.persistence.index;

import java.util.Objects;

import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;

/**
 * The figure of a region's index value in one field, read without the rest of the value.
 *
 * @param fiscalYear the fiscal year
 * @param region the region
 * @param sector the field
 * @param value the value
 */
public record FieldFigure(int fiscalYear, RegionCode region, SectorCode sector, Score value) implements IndexFigure {

	public FieldFigure {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(value, "value");
	}

}
