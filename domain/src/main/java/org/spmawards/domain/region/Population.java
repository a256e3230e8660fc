package org.spmawards.domain.region;

/**
 * A registered population count (Dukcapil civil registry).
 *
 * @param total everyone registered
 * @param male registered men and boys
 * @param female registered women and girls
 */
public record Population(long total, long male, long female) {

	public Population {
		if (total < 0 || male < 0 || female < 0) {
			throw new IllegalArgumentException("Population counts cannot be negative");
		}
		if (male + female != total) {
			throw new IllegalArgumentException(
					"Population " + total + " is not the sum of male " + male + " and female " + female);
		}
	}

}
