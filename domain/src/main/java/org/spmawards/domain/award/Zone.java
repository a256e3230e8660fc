package org.spmawards.domain.award;

/**
 * The region groups of the regional-best awards.
 */
public enum Zone {

	/** Sumatra. */
	SUMATRA,

	/** Java. */
	JAWA,

	/** Bali and Nusa Tenggara. */
	BALI_NUSA_TENGGARA,

	/** Kalimantan. */
	KALIMANTAN,

	/** Sulawesi. */
	SULAWESI,

	/** Maluku and Papua. */
	MALUKU_PAPUA

}
