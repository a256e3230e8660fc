package org.spmawards.domain.region;

import java.util.Objects;

/**
 * An official Kemendagri region code: {@code NN} for a province, {@code NN.NN} for a
 * regency or city. Codes are strings: {@code 11.10} is not {@code 11.1}.
 *
 * @param value the code in dotted form
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

	/** The province whose regencies and cities are administrative, not autonomous. */
	private static final String DKI_JAKARTA = "31";

	public RegionCode {
		Objects.requireNonNull(value, "value");
		if (!wellFormed(value)) {
			throw invalid(value, "it is not in the form NN or NN.NN");
		}
		if (number(value, 0) < 11) {
			throw invalid(value, "province numbers run from 11 to 99");
		}
		if (value.length() == 5) {
			int local = number(value, 3);
			if (local == 0 || local == 70) {
				throw invalid(value, "regency numbers run from 01 to 69 and city numbers from 71 to 99");
			}
		}
	}

	/**
	 * Whether the value is {@code NN} or {@code NN.NN} in ASCII digits: checked by hand,
	 * as codes are read for every row of every answer.
	 */
	private static boolean wellFormed(String value) {
		int length = value.length();
		if (length != 2 && length != 5) {
			return false;
		}
		return digit(value.charAt(0)) && digit(value.charAt(1))
				&& (length == 2 || (value.charAt(2) == '.' && digit(value.charAt(3)) && digit(value.charAt(4))));
	}

	private static boolean digit(char character) {
		return character >= '0' && character <= '9';
	}

	private static int number(String value, int start) {
		return (value.charAt(start) - '0') * 10 + (value.charAt(start + 1) - '0');
	}

	private static IllegalArgumentException invalid(String value, String reason) {
		return new IllegalArgumentException("'" + value + "' is not a Kemendagri region code: " + reason
				+ " (a province is NN, e.g. 36; a regency or city is NN.NN, e.g. 36.71)");
	}

	/**
	 * Parses a region code.
	 * @param value the code in dotted form
	 * @return the code
	 * @throws IllegalArgumentException if the value is not a valid code
	 */
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/**
	 * Returns whether the code is a province code ({@code NN}).
	 * @return {@code true} for a province
	 */
	public boolean isProvince() {
		return this.value.length() == 2;
	}

	/**
	 * Returns the code of the province this region lies in, or the code itself for a
	 * province.
	 * @return the province code
	 */
	public RegionCode province() {
		return isProvince() ? this : new RegionCode(this.value.substring(0, 2));
	}

	/**
	 * Returns the level the code denotes: a province for {@code NN}; for {@code NN.NN} a
	 * regency (kabupaten) for 01-69 and a city (kota) for 71-99.
	 * @return the level
	 */
	public RegionLevel level() {
		if (isProvince()) {
			return RegionLevel.PROVINCE;
		}
		return (number(this.value, 3) <= 69) ? RegionLevel.REGENCY : RegionLevel.CITY;
	}

	/**
	 * Returns whether the region is an autonomous government. DKI Jakarta's
	 * administrative cities and regency ({@code 31.xx}) are not: their mayors and regent
	 * are appointed by the governor and they have no council of their own.
	 * @return {@code false} for the regencies and cities of DKI Jakarta
	 */
	public boolean isAutonomous() {
		return isProvince() || !this.value.startsWith(DKI_JAKARTA);
	}

	@Override
	public int compareTo(RegionCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
