package org.spmawards.domain.region;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A province, regency or city. Level, parent province and autonomy follow from the code.
 *
 * @param code the Kemendagri code
 * @param name the official name with its prefix ({@code Kabupaten ...}, {@code Kota ...})
 * @param population the registered population, or {@code null} if unknown
 * @param areaKm2 the area in square kilometres, or {@code null} if unknown
 * @param centroid the centroid of the region's polygon (not its capital), or {@code null}
 */
public record Region(RegionCode code, String name, @Nullable Population population, @Nullable BigDecimal areaKm2,
		@Nullable GeoPoint centroid) {

	public Region {
		Objects.requireNonNull(code, "code");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Region " + code + " has no name");
		}
		if (areaKm2 != null && areaKm2.signum() <= 0) {
			throw new IllegalArgumentException("Region " + code + " has a non-positive area " + areaKm2);
		}
	}

	/**
	 * Returns the level of the region.
	 * @return the level
	 */
	public RegionLevel level() {
		return this.code.level();
	}

	/**
	 * Returns the tier of government of the region, which owes the service types of that
	 * tier.
	 * @return provinces, or regencies and cities
	 */
	public GovernmentLevel governmentLevel() {
		return GovernmentLevel.of(level());
	}

	/**
	 * Returns the code of the parent province, or {@code null} for a province.
	 * @return the parent province's code
	 */
	public @Nullable RegionCode provinceCode() {
		return this.code.isProvince() ? null : this.code.province();
	}

	/**
	 * Returns whether the region is an autonomous government.
	 * @return {@code false} for DKI Jakarta's administrative cities and regency
	 * @see RegionCode#isAutonomous()
	 */
	public boolean autonomous() {
		return this.code.isAutonomous();
	}

}
