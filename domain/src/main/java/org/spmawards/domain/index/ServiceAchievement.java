package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.RegionCode;

/**
 * What a region reported for one basic service in one fiscal year: how many citizens were
 * entitled, how many were served, and at what quality.
 *
 * @param region the region
 * @param fiscalYear the fiscal year reported on
 * @param serviceType the service type's code, e.g. {@code HEA-K-1}
 * @param target the entitled citizens, or {@code null} if not reported; 0 means the
 * service does not apply to the region that year
 * @param served the citizens served, or {@code null} if not reported; may exceed the
 * target
 * @param quality the quality of the service, 0 to 100, or {@code null} if not reported
 * @param provenance where the figures come from
 */
public record ServiceAchievement(RegionCode region, int fiscalYear, String serviceType, @Nullable Long target,
		@Nullable Long served, @Nullable BigDecimal quality, Provenance provenance) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ServiceAchievement {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(serviceType, "serviceType");
		Objects.requireNonNull(provenance, "provenance");
		if (target != null && target < 0) {
			throw new IllegalArgumentException("target " + target + " is negative");
		}
		if (served != null && served < 0) {
			throw new IllegalArgumentException("served " + served + " is negative");
		}
		if (quality != null && (quality.signum() < 0 || quality.compareTo(HUNDRED) > 0)) {
			throw new IllegalArgumentException("quality " + quality.toPlainString() + " is outside 0 to 100");
		}
	}

	/**
	 * Returns whether the service applies to the region that year: a target of 0 means no
	 * citizen was entitled to it.
	 * @return {@code false} when the target is 0
	 */
	public boolean applicable() {
		return this.target == null || this.target > 0;
	}

}
