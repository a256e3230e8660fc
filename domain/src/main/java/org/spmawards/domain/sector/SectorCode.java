package org.spmawards.domain.sector;

/**
 * The six SPM fields (bidang) of PP 2/2018, in the regulation's order.
 */
public enum SectorCode {

	/** Pendidikan. */
	EDUCATION("EDU"),

	/** Kesehatan. */
	HEALTH("HEA"),

	/** Pekerjaan Umum: drinking water and domestic wastewater. */
	PUBLIC_WORKS("PUW"),

	/** Perumahan Rakyat. */
	HOUSING("HOU"),

	/** Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat. */
	PUBLIC_ORDER("ORD"),

	/** Sosial. */
	SOCIAL("SOC");

	private final String serviceTypePrefix;

	SectorCode(String serviceTypePrefix) {
		this.serviceTypePrefix = serviceTypePrefix;
	}

	/**
	 * Returns the prefix of the codes of this sector's service types, e.g. {@code HEA}.
	 * @return the prefix
	 */
	public String serviceTypePrefix() {
		return this.serviceTypePrefix;
	}

}
