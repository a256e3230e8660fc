package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the SPM index, exact in {@link BigDecimal}. Each level is computed
 * from the unrounded values of the level below, carried at {@value #EXACT_SCALE} decimal
 * places; a value is rounded half-up to {@value #SHOWN_SCALE} decimals only where it is
 * stored or shown ({@link #shown(BigDecimal)}).
 * <ul>
 * <li>service achievement = recipients weight x min(served / target, 1) x 100 + quality
 * weight x quality; a service with target 0 is not applicable and is left out;</li>
 * <li>sector index = mean of the sector's applicable service achievements;</li>
 * <li>overall index = mean of the sector indexes that have a value.</li>
 * </ul>
 */
public final class IndexCalculator {

	/** Decimal places carried between levels. */
	public static final int EXACT_SCALE = 12;

	/** Decimal places of a stored or shown value. */
	public static final int SHOWN_SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Methodology methodology;

	/**
	 * Creates a calculator for one methodology.
	 * @param methodology the weights to apply
	 */
	public IndexCalculator(Methodology methodology) {
		this.methodology = methodology;
	}

	/**
	 * Computes one service achievement, unrounded.
	 * @param target the entitled citizens, or {@code null}
	 * @param served the citizens served, or {@code null}
	 * @param quality the quality, 0 to 100, or {@code null}
	 * @return the achievement (0 to 100), or empty when the service is not applicable
	 * (target 0) or a figure is missing
	 */
	public Optional<BigDecimal> serviceAchievement(@Nullable Long target, @Nullable Long served,
			@Nullable BigDecimal quality) {
		if (target == null || served == null || quality == null || target == 0) {
			return Optional.empty();
		}
		// min(served / target, 1) x weight x 100, dividing last so that no precision is
		// lost before it
		BigDecimal recipients = this.methodology.recipientsWeight()
			.multiply(HUNDRED)
			.multiply(BigDecimal.valueOf(Math.min(served, target)))
			.divide(BigDecimal.valueOf(target), EXACT_SCALE, RoundingMode.HALF_UP);
		BigDecimal weighted = this.methodology.qualityWeight().multiply(quality);
		return Optional.of(recipients.add(weighted).setScale(EXACT_SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * Computes one service achievement, unrounded.
	 * @param achievement what was reported
	 * @return the achievement, or empty when not applicable or incomplete
	 */
	public Optional<BigDecimal> serviceAchievement(ServiceAchievement achievement) {
		return serviceAchievement(achievement.target(), achievement.served(), achievement.quality());
	}

	/**
	 * Returns the mean of unrounded values: a sector index from its service achievements,
	 * or the overall index from the sector indexes.
	 * @param values the values
	 * @return the mean, or empty when there are no values
	 */
	public static Optional<BigDecimal> mean(Collection<BigDecimal> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), EXACT_SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * Rounds a value for storing or showing: half-up to two decimals.
	 * @param exact the unrounded value
	 * @return the value as shown
	 */
	public static BigDecimal shown(BigDecimal exact) {
		return exact.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Rounds a value that may be unknown for storing or showing.
	 * @param exact the unrounded value, or {@code null}
	 * @return the value as shown, or {@code null}
	 */
	public static @Nullable BigDecimal shownIfKnown(@Nullable BigDecimal exact) {
		return (exact != null) ? shown(exact) : null;
	}

}
