package org.spmawards.persistence.region;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;

/**
 * Which regions to list; a {@code null} criterion does not filter.
 *
 * @param level only regions of this level
 * @param province only regencies and cities of this province
 */
public record RegionFilter(@Nullable RegionLevel level, @Nullable RegionCode province) {

	/** Lists every region. */
	public static final RegionFilter ALL = new RegionFilter(null, null);

}
