package org.spmawards.persistence.ranking;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;

/**
 * Which ranking to read: the regions of one level by their index for one fiscal year,
 * overall or in one field, optionally only those of one province (keeping their national
 * ranks), and with or without the preliminary values.
 *
 * @param fiscalYear the fiscal year
 * @param category the level of the regions ranked
 * @param sector the field, or {@code null} for the overall index
 * @param province only the regions of this province, or {@code null}
 * @param includePreliminary whether preliminary values are ranked too
 */
public record Ranking(int fiscalYear, RegionLevel category, @Nullable SectorCode sector, @Nullable RegionCode province,
		boolean includePreliminary) {

	public Ranking {
		Objects.requireNonNull(category, "category");
		if (province != null && !province.isProvince()) {
			throw new IllegalArgumentException(province + " is not a province");
		}
	}

	/**
	 * Returns the national ranking of final values.
	 * @param fiscalYear the fiscal year
	 * @param category the level of the regions ranked
	 * @param sector the field, or {@code null} for the overall index
	 * @return the ranking
	 */
	public static Ranking of(int fiscalYear, RegionLevel category, @Nullable SectorCode sector) {
		return new Ranking(fiscalYear, category, sector, null, false);
	}

}
