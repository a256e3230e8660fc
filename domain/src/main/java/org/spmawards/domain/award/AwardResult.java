package org.spmawards.domain.award;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.RegionCode;

/**
 * An award won by a region at one edition.
 *
 * @param editionYear the year of the edition
 * @param category what the award is for
 * @param zone the region group, for a regional-best award only
 * @param place 1 to 3 in the national categories, {@code null} for special awards
 * @param region the winner
 * @param score the published score, or {@code null} where none was published
 * @param provenance where the fact comes from
 */
public record AwardResult(int editionYear, AwardCategory category, @Nullable Zone zone, @Nullable Integer place,
		RegionCode region, @Nullable Score score, Provenance provenance) {

	public AwardResult {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(provenance, "provenance");
		if (category.placed() && (place == null || place < 1 || place > 3)) {
			throw new IllegalArgumentException(category + " awards need a place from 1 to 3, not " + place);
		}
		if (!category.placed() && place != null) {
			throw new IllegalArgumentException(category + " awards have no place, but " + place + " was given");
		}
		if ((category == AwardCategory.REGIONAL_BEST) != (zone != null)) {
			throw new IllegalArgumentException("A zone is required for REGIONAL_BEST awards and only for them");
		}
		if (!category.admits(region.level())) {
			throw new IllegalArgumentException(category + " awards go to a " + category.regionLevel() + ", but "
					+ region + " is a " + region.level());
		}
	}

	/**
	 * Returns an identifier that stays the same across loads, e.g.
	 * {@code 2023:CITY:1:36.71} or {@code 2025:REGIONAL_BEST:SUMATRA:13}.
	 * @return the identifier
	 */
	public String id() {
		String placeOrZone = (this.place != null) ? this.place.toString()
				: (this.zone != null) ? this.zone.name() : "-";
		return this.editionYear + ":" + this.category + ":" + placeOrZone + ":" + this.region;
	}

}
