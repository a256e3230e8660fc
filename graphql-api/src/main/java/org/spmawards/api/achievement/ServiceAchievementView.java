package org.spmawards.api.achievement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.index.AchievementRow;

/**
 * A service achievement as the schema's {@code ServiceAchievement} shows it: what a
 * region reported for one service type in one fiscal year, if anything, and the
 * achievement computed from it.
 *
 * @param regionCode the region
 * @param fiscalYear the fiscal year
 * @param serviceTypeCode the service type
 * @param sectorCode the service type's field
 * @param target the entitled citizens, or {@code null} if not reported
 * @param served the citizens served, or {@code null} if not reported
 * @param quality the quality, or {@code null} if not reported
 * @param achievement the rounded service achievement, or {@code null} when not applicable
 * or not reported
 * @param applicable whether any citizen was entitled, or {@code null} if not reported
 * @param achievementLevelCode the level the achievement falls in, or {@code null}
 * @param provenance where the figures come from, or {@code null} if not reported
 */
public record ServiceAchievementView(RegionCode regionCode, int fiscalYear, String serviceTypeCode,
		SectorCode sectorCode, @Nullable Long target, @Nullable Long served, @Nullable BigDecimal quality,
		@Nullable BigDecimal achievement, @Nullable Boolean applicable, @Nullable String achievementLevelCode,
		@Nullable Provenance provenance) {

	/**
	 * Returns the view of a service type the region owes but did not report on.
	 * @param region the region
	 * @param fiscalYear the fiscal year
	 * @param type the service type
	 * @return the view, with every figure unknown
	 */
	public static ServiceAchievementView notReported(RegionCode region, int fiscalYear, ServiceType type) {
		return new ServiceAchievementView(region, fiscalYear, type.code(), type.sector(), null, null, null, null, null,
				null, null);
	}

	/**
	 * Returns the view of a stored achievement.
	 * @param row the achievement, with its field and level
	 * @return the view
	 */
	public static ServiceAchievementView of(AchievementRow row) {
		ServiceAchievement reported = row.reported();
		return new ServiceAchievementView(reported.region(), reported.fiscalYear(), reported.serviceType(),
				row.sector(), reported.target(), reported.served(), reported.quality(), row.achievement(),
				(reported.target() != null) ? reported.applicable() : null, row.achievementLevel(),
				reported.provenance());
	}

}
