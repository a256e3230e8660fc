package org.spmawards.domain.region;

/**
 * A tier of government in SPM: the provinces, or the regencies and cities together. Each
 * tier owes its own basic services (PP 2/2018), and published national means are taken
 * over a tier.
 */
public enum GovernmentLevel {

	/** Provided by a province (code letter {@code P}). */
	PROVINCE("P"),

	/** Provided by a regency or city (code letter {@code K}). */
	REGENCY_CITY("K");

	private final String codeLetter;

	GovernmentLevel(String codeLetter) {
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
	 * Returns the tier of government a region of the given level belongs to.
	 * @param level the region's level
	 * @return the tier
	 */
	public static GovernmentLevel of(RegionLevel level) {
		return (level == RegionLevel.PROVINCE) ? PROVINCE : REGENCY_CITY;
	}

}
