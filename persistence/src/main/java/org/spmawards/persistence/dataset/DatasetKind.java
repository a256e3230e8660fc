package org.spmawards.persistence.dataset;

/**
 * The kind of data a database holds.
 */
public enum DatasetKind {

	/** Real data only: curated facts and official imports. */
	OFFICIAL,

	/**
	 * The real regions and award facts with synthetic achievement data, for demos and
	 * benchmarks.
	 */
	DEMO

}
