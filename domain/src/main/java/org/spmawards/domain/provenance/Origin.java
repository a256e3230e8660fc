package org.spmawards.domain.provenance;

/**
 * Whether a number was read in a publication or derived by this service: an index value,
 * an achievement level or a rank.
 */
public enum Origin {

	/** Published: curated from a publication or imported from the ministry. */
	PUBLISHED,

	/**
	 * Computed by this service: an index from service achievements, a level from the
	 * cut-offs, a rank among the values held. Never a published figure.
	 */
	COMPUTED

}
