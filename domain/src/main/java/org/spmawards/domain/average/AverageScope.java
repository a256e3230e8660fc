package org.spmawards.domain.average;

/**
 * The set of regions a national average is taken over.
 */
public enum AverageScope {

	/** All provinces, regencies and cities. */
	ALL,

	/** The 38 provinces. */
	PROVINCE,

	/** The 514 regencies and cities. */
	REGENCY_CITY

}
