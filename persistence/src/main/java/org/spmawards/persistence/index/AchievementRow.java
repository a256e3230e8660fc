package org.spmawards.persistence.index;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.sector.SectorCode;

/**
 * A service achievement with what a listing shows beside it.
 *
 * @param reported what the region reported
 * @param sector the service type's field
 * @param achievement the service achievement as computed, rounded; {@code null} when not
 * applicable or not reported
 * @param achievementLevel the level the achievement falls in, or {@code null}
 */
public record AchievementRow(ServiceAchievement reported, SectorCode sector, @Nullable BigDecimal achievement,
		@Nullable String achievementLevel) {

}
