package org.spmawards.domain.sector;

import org.spmawards.domain.region.RegionLevel;

/**
 * The level of government a basic service is owed by.
 */
public enum ServiceLevel {

	/** Provided by a province (code letter {@code P}). */
	PROVINCE("P"),

	/** Provided by a regency or city (code letter {@code K}). */
	REGENCY_CITY("K");

	private final String codeLetter;

	ServiceLevel(String codeLetter) {
		this.codeLetter = codeLetter;
	}

	/**
	 * Returns the letter that marks the level in a service-type code.
	 * @return {@code P} or {@code K}
	 */
	public String codeLetter() {
		return this.codeLetter;
	}

	/**
	 * Returns the level of the services a region of the given level provides.
	 * @param level the region's level
	 * @return the service level
	 */
	public static ServiceLevel of(RegionLevel level) {
		return (level == RegionLevel.PROVINCE) ? PROVINCE : REGENCY_CITY;
	}

}
