package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value on the 0-100 scale of the SPM index, as published or computed.
 *
 * @param value the value, from 0 to 100
 */
public record Score(BigDecimal value) implements Comparable<Score> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Score {
		Objects.requireNonNull(value, "value");
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("Score " + value.toPlainString() + " is outside 0 to 100");
		}
	}

	/**
	 * Parses a score written in decimal notation, e.g. {@code 97.89}.
	 * @param value the decimal text
	 * @return the score
	 */
	public static Score of(String value) {
		return new Score(new BigDecimal(value));
	}

	@Override
	public int compareTo(Score other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value.toPlainString();
	}

}
