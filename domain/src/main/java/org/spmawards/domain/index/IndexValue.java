package org.spmawards.domain.index;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;

/**
 * The SPM index of a region for one fiscal year, overall or for one field, as this
 * service holds it: the published value where there is one, else the value computed from
 * service achievements, with its rank among the regions of its category.
 *
 * @param fiscalYear the fiscal year
 * @param region the region
 * @param sector the field, or {@code null} for the overall index
 * @param value the value, rounded to two decimals
 * @param achievementLevel the achievement level's code, or {@code null} if unknown
 * @param rank the standard competition rank among the regions of the same level with a
 * value for the same year and field, within the data held
 * @param publishedRank the national rank as officially published, or {@code null}
 * @param origin published or computed
 * @param provenance where the value comes from
 */
public record IndexValue(int fiscalYear, RegionCode region, @Nullable SectorCode sector, Score value,
		@Nullable String achievementLevel, int rank, @Nullable Integer publishedRank, IndexOrigin origin,
		Provenance provenance) {

	public IndexValue {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(provenance, "provenance");
		if (rank < 1) {
			throw new IllegalArgumentException("A rank starts at 1, not " + rank);
		}
	}

	/**
	 * Returns the ranking category: the region's level.
	 * @return province, regency or city
	 */
	public RegionLevel category() {
		return this.region.level();
	}

}
