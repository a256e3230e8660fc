package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How complete the inputs of a computed index are: the applicable service achievements it
 * was computed from, of those the region owes. A region owes every service type of its
 * level (in the field, for a field's index) except those no citizen was entitled to.
 *
 * @param servicesUsed the service achievements the index was computed from
 * @param servicesOwed the services the region owes
 */
public record Completeness(int servicesUsed, int servicesOwed) {

	public Completeness {
		if (servicesUsed < 0 || servicesOwed < 1 || servicesUsed > servicesOwed) {
			throw new IllegalArgumentException("A computed index uses 0 to " + servicesOwed
					+ " of the services owed, not " + servicesUsed + " of " + servicesOwed);
		}
	}

	/**
	 * Returns the share of the services owed that the index was computed from.
	 * @return the share, 0 to 1, to four decimals
	 */
	public BigDecimal share() {
		return BigDecimal.valueOf(this.servicesUsed)
			.divide(BigDecimal.valueOf(this.servicesOwed), 4, RoundingMode.DOWN);
	}

	/**
	 * Returns whether the index was computed from every service owed.
	 * @return {@code true} when nothing is missing
	 */
	public boolean complete() {
		return this.servicesUsed == this.servicesOwed;
	}

	/**
	 * Returns whether the index was computed from at least a share of the services owed.
	 * @param minimum the least share, 0 to 1
	 * @return {@code true} if it was
	 */
	public boolean reaches(BigDecimal minimum) {
		// used / owed >= minimum, without rounding
		return BigDecimal.valueOf(this.servicesUsed)
			.compareTo(minimum.multiply(BigDecimal.valueOf(this.servicesOwed))) >= 0;
	}

}
