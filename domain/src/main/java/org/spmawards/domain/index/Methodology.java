package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.util.Objects;

import org.spmawards.domain.achievement.AchievementScale;
import org.spmawards.domain.provenance.Provenance;

/**
 * How the SPM index is computed: the weights of a service achievement and the achievement
 * level cut-offs. Each award edition points to one. Only some of it is verified; the rest
 * is provisional and says so.
 *
 * @param code a stable code
 * @param name a readable name
 * @param recipientsWeight the weight of the share of entitled citizens served (0.8)
 * @param qualityWeight the weight of service quality (0.2)
 * @param scale the achievement levels and their cut-offs
 * @param provisional whether any part of the methodology is provisional
 * @param verified what of it is verified, in words
 * @param unverified what of it is provisional, in words
 * @param provenance where it comes from
 */
public record Methodology(String code, String name, BigDecimal recipientsWeight, BigDecimal qualityWeight,
		AchievementScale scale, boolean provisional, String verified, String unverified, Provenance provenance) {

	public Methodology {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(scale, "scale");
		Objects.requireNonNull(provenance, "provenance");
		if (recipientsWeight.signum() < 0 || qualityWeight.signum() < 0
				|| recipientsWeight.add(qualityWeight).compareTo(BigDecimal.ONE) != 0) {
			throw new IllegalArgumentException("The weights " + recipientsWeight + " and " + qualityWeight
					+ " of methodology " + code + " must be non-negative and add up to 1");
		}
	}

}
