package org.spmawards.api.index;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.sector.ServiceType;

/**
 * One service type of a sector detail, with what the region reported for it, if anything.
 *
 * @param serviceType the service type
 * @param target the entitled citizens, or {@code null} if not reported
 * @param served the citizens served, or {@code null} if not reported
 * @param qualityPct the quality, or {@code null} if not reported
 * @param achievement the rounded service achievement, or {@code null} when not applicable
 * or not reported
 * @param applicable whether any citizen was entitled, or {@code null} if not reported
 * @param provenance where the figures come from, or {@code null} if not reported
 */
public record ServiceAchievementDetail(ServiceType serviceType, @Nullable Long target, @Nullable Long served,
		@Nullable BigDecimal qualityPct, @Nullable BigDecimal achievement, @Nullable Boolean applicable,
		@Nullable Provenance provenance) {

}
