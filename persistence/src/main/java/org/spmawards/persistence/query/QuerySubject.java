package org.spmawards.persistence.query;

import java.util.List;

/**
 * What a custom query reads: index values or service achievements, each through a view
 * that gives the rows their derived columns.
 */
public enum QuerySubject {

	/** SPM index values, overall and per field. */
	INDEX_VALUES("index_value_row", "value", "sector_code", List.of("origin", "verification"),
			"count(*) filter (where origin = 'PUBLISHED' and verification <> 'SYNTHETIC') as published,"
					+ " count(*) filter (where origin = 'COMPUTED' and verification <> 'SYNTHETIC') as computed,"
					+ " count(*) filter (where verification = 'SYNTHETIC') as synthetic"),

	/** Service achievements: reported, or synthetic. */
	ACHIEVEMENTS("achievement_row", "achievement", "service_type_code", List.of("verification"),
			"count(*) filter (where verification <> 'SYNTHETIC') as published, 0::bigint as computed,"
					+ " count(*) filter (where verification = 'SYNTHETIC') as synthetic");

	private final String view;

	private final String measure;

	private final String lastKey;

	private final List<String> originColumns;

	private final String originCounts;

	QuerySubject(String view, String measure, String lastKey, List<String> originColumns, String originCounts) {
		this.view = view;
		this.measure = measure;
		this.lastKey = lastKey;
		this.originColumns = originColumns;
		this.originCounts = originCounts;
	}

	/** The columns {@link #originCounts()} reads. */
	List<String> originColumns() {
		return this.originColumns;
	}

	/**
	 * The aggregates counting a group's rows by origin: published, computed, synthetic.
	 */
	String originCounts() {
		return this.originCounts;
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
