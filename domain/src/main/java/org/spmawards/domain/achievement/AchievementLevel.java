package org.spmawards.domain.achievement;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A named band of the SPM index, such as Tuntas Utama (90 to under 100).
 *
 * @param code the stable code, e.g. {@code TUNTAS_UTAMA}
 * @param name the official (Indonesian) name
 * @param minInclusive the lowest index value in the band
 * @param maxExclusive the value the band stops below, or {@code null} for the top band
 */
public record AchievementLevel(String code, String name, BigDecimal minInclusive, @Nullable BigDecimal maxExclusive) {

	public AchievementLevel {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(minInclusive, "minInclusive");
		if (maxExclusive != null && maxExclusive.compareTo(minInclusive) <= 0) {
			throw new IllegalArgumentException(
					"Achievement level " + code + " ends at " + maxExclusive + ", not above its start " + minInclusive);
		}
	}

	/**
	 * Returns whether a value falls in this band.
	 * @param value an index value
	 * @return {@code true} if {@code minInclusive <= value < maxExclusive}
	 */
	public boolean contains(BigDecimal value) {
		return value.compareTo(this.minInclusive) >= 0
				&& (this.maxExclusive == null || value.compareTo(this.maxExclusive) < 0);
	}

}
