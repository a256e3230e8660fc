package org.spmawards.api.fetching;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.domain.region.RegionCode;

/**
 * Turns raw argument values into domain values, reporting a bad value against the
 * argument's name.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Parses a region code argument.
	 * @param argument the argument's name
	 * @param value the value given
	 * @return the code
	 * @throws InvalidArgumentException if the value is not a Kemendagri code
	 */
	public static RegionCode regionCode(String argument, String value) {
		try {
			return RegionCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(argument, "Argument '" + argument + "': " + ex.getMessage());
		}
	}

	/**
	 * Parses an optional province code argument.
	 * @param argument the argument's name
	 * @param value the value given, or {@code null}
	 * @return the code, or {@code null}
	 * @throws InvalidArgumentException if the value is not a two-digit province code
	 */
	public static @Nullable RegionCode provinceCode(String argument, @Nullable String value) {
		if (value == null) {
			return null;
		}
		RegionCode code = regionCode(argument, value);
		if (!code.isProvince()) {
			throw new InvalidArgumentException(argument, "Argument '" + argument + "': '" + value
					+ "' is not a province code: expected two digits, e.g. 36");
		}
		return code;
	}

	/**
	 * Checks that a span of years is in order.
	 * @param fromArgument the first year's argument
	 * @param fromYear the first year, or {@code null}
	 * @param toArgument the last year's argument
	 * @param toYear the last year, or {@code null}
	 * @throws InvalidArgumentException if the first year is after the last
	 */
	public static void requireOrderedYears(String fromArgument, @Nullable Integer fromYear, String toArgument,
			@Nullable Integer toYear) {
		if (fromYear != null && toYear != null && fromYear > toYear) {
			throw new InvalidArgumentException(fromArgument, "Argument '" + fromArgument + "' (" + fromYear
					+ ") is after '" + toArgument + "' (" + toYear + ")");
		}
	}

}
