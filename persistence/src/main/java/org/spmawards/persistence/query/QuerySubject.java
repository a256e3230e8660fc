package org.spmawards.persistence.query;

/**
 * What a custom query reads: index values or service achievements, each through a view
 * that gives the rows their derived columns.
 */
public enum QuerySubject {

	/** SPM index values, overall and per field. */
	INDEX_VALUES("index_value_row", "value", "sector_code"),

	/** Service achievements. */
	ACHIEVEMENTS("achievement_row", "achievement", "service_type_code");

	private final String view;

	private final String measure;

	private final String lastKey;

	QuerySubject(String view, String measure, String lastKey) {
		this.view = view;
		this.measure = measure;
		this.lastKey = lastKey;
	}

	String view() {
		return this.view;
	}

	/** The column statistics summarise. */
	String measure() {
		return this.measure;
	}

	/**
	 * With fiscal year and region code, the column that makes a row unique: the tie-break
	 * of every order.
	 */
	String lastKey() {
		return this.lastKey;
	}

}
