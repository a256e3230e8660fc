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

	/**
	 * Returns the computation in words, as {@link IndexCalculator} and
	 * {@link IndexComputation} carry it out with this methodology's weights.
	 * @return the formula
	 */
	public String formula() {
		return "service achievement = " + this.recipientsWeight.stripTrailingZeros().toPlainString()
				+ " x min(served / target, 1) x 100 + " + this.qualityWeight.stripTrailingZeros().toPlainString()
				+ " x quality (a service with target 0 does not apply and is left out); sector index = mean of the"
				+ " sector's applicable service achievements; overall index = mean of the sector indexes that have a"
				+ " value. Values are carried unrounded between levels and rounded half-up to "
				+ IndexCalculator.SHOWN_SCALE + " decimals where stored or shown; ranks are standard competition ranks"
				+ " (1, 2, 2, 4) on the rounded values, among the values computed from enough of the services a region"
				+ " owes.";
	}

}
