package org.spmawards.domain.region;

/**
 * The administrative level of a region.
 */
public enum RegionLevel {

	/** A province (provinsi), code {@code NN}. */
	PROVINCE,

	/** A regency (kabupaten), code {@code NN.01} to {@code NN.69}. */
	REGENCY,

	/** A city (kota), code {@code NN.71} to {@code NN.99}. */
	CITY

}
