package org.spmawards.domain.award;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionLevel;

/**
 * What an SPM award is given for. The three national categories award places 1 to 3 to
 * regions of one level; the special awards have no place.
 */
public enum AwardCategory {

	/** Best provinces nationally, places 1-3. */
	PROVINCE(RegionLevel.PROVINCE, true),

	/** Best regencies (kabupaten) nationally, places 1-3. */
	REGENCY(RegionLevel.REGENCY, true),

	/** Best cities (kota) nationally, places 1-3. */
	CITY(RegionLevel.CITY, true),

	/** Best performer of a region group (zone), any level. */
	REGIONAL_BEST(null, false),

	/** Best island region (daerah kepulauan), any level. */
	ISLAND_REGION(null, false),

	/** The most active province in applying SPM. */
	MOST_ACTIVE_PROVINCE(RegionLevel.PROVINCE, false);

	private final @Nullable RegionLevel regionLevel;

	private final boolean placed;

	AwardCategory(@Nullable RegionLevel regionLevel, boolean placed) {
		this.regionLevel = regionLevel;
		this.placed = placed;
	}

	/**
	 * Returns the level every region in this category has, or {@code null} if any level
	 * may win it.
	 * @return the level
	 */
	public @Nullable RegionLevel regionLevel() {
		return this.regionLevel;
	}

	/**
	 * Returns whether winners get a place (1 to 3).
	 * @return {@code true} for the national categories
	 */
	public boolean placed() {
		return this.placed;
	}

	/**
	 * Returns whether a region of the given level can be named in this category.
	 * @param level the region's level
	 * @return {@code true} if it can
	 */
	public boolean admits(RegionLevel level) {
		return this.regionLevel == null || this.regionLevel == level;
	}

}
