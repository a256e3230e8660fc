package org.spmawards.domain.index;

/**
 * Whether an index value was published or computed by this service.
 */
public enum IndexOrigin {

	/** Published: curated from a publication or imported from the ministry. */
	PUBLISHED,

	/** Computed by this service from service achievements. */
	COMPUTED

}
