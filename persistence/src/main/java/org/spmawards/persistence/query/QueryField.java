package org.spmawards.persistence.query;

import java.util.EnumSet;
import java.util.Set;

/**
 * A field journalists can filter, sort or group by, with the column that holds it. Each
 * is served by an index (see migration 5).
 */
public enum QueryField {

	/** The fiscal year. */
	FISCAL_YEAR("fiscal_year", ValueType.INTEGER, QuerySubject.values()),

	/** The region's code. */
	REGION_CODE("region_code", ValueType.CODE, QuerySubject.values()),

	/** The province's code (a province is its own). */
	PROVINCE_CODE("province_code", ValueType.CODE, QuerySubject.values()),

	/** The region's level: PROVINCE, REGENCY or CITY. */
	LEVEL("level", ValueType.CODE, QuerySubject.values()),

	/** The SPM field; null for the overall index. */
	SECTOR("sector_code", ValueType.CODE, QuerySubject.values()),

	/** The service type's code. */
	SERVICE_TYPE("service_type_code", ValueType.CODE, QuerySubject.ACHIEVEMENTS),

	/** The index value. */
	VALUE("value", ValueType.DECIMAL, QuerySubject.INDEX_VALUES),

	/** The rank within category, year and field. */
	RANK("rank", ValueType.INTEGER, QuerySubject.INDEX_VALUES),

	/** The service achievement. */
	ACHIEVEMENT("achievement", ValueType.DECIMAL, QuerySubject.ACHIEVEMENTS),

	/** Entitled citizens. */
	TARGET("target", ValueType.LONG, QuerySubject.ACHIEVEMENTS),

	/** Citizens served. */
	SERVED("served", ValueType.LONG, QuerySubject.ACHIEVEMENTS),

	/** Quality of the service. */
	QUALITY("quality_pct", ValueType.DECIMAL, QuerySubject.ACHIEVEMENTS),

	/** The achievement level's code. */
	ACHIEVEMENT_LEVEL("achievement_level", ValueType.CODE, QuerySubject.values()),

	/** Published or computed. */
	ORIGIN("origin", ValueType.CODE, QuerySubject.INDEX_VALUES),

	/** Final or preliminary. */
	STATUS("status", ValueType.CODE, QuerySubject.INDEX_VALUES),

	/**
	 * The rank among the ranked final values and the preliminary ones; null for a value
	 * computed from too few services. Not a filter of the API: it scopes statistics.
	 */
	RANK_WITH_PRELIMINARY("rank_with_preliminary", ValueType.INTEGER, QuerySubject.INDEX_VALUES),

	/**
	 * The change of the value since an earlier fiscal year: an order only, computed from
	 * the row of that year.
	 */
	CHANGE("value", ValueType.DECIMAL, QuerySubject.INDEX_VALUES);

	private final String column;

	private final ValueType type;

	private final Set<QuerySubject> subjects;

	QueryField(String column, ValueType type, QuerySubject... subjects) {
		this.column = column;
		this.type = type;
		this.subjects = EnumSet.copyOf(Set.of(subjects));
	}

	/**
	 * Returns the column of the subject's view that holds the field.
	 * @return the column name
	 */
	public String column() {
		return this.column;
	}

	/**
	 * Returns the type of the field's values.
	 * @return the type
	 */
	public ValueType type() {
		return this.type;
	}

	/**
	 * Returns whether a subject has this field.
	 * @param subject the subject
	 * @return {@code true} if it has
	 */
	public boolean appliesTo(QuerySubject subject) {
		return this.subjects.contains(subject);
	}

	/**
	 * The Java type a field's values are bound as.
	 */
	public enum ValueType {

		/** {@link Integer}. */
		INTEGER,

		/** {@link Long}. */
		LONG,

		/** {@link java.math.BigDecimal}. */
		DECIMAL,

		/** {@link String}: a code. */
		CODE

	}

}
