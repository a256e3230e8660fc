package org.spmawards.persistence.query;

/**
 * The comparison of a filter condition, named as in
 * postgraphile-plugin-connection-filter.
 */
public enum FilterOperator {

	/** {@code =}. */
	EQUAL_TO,

	/** {@code <>}. */
	NOT_EQUAL_TO,

	/** {@code IN (...)}. */
	IN,

	/** {@code NOT IN (...)}. */
	NOT_IN,

	/** {@code <}. */
	LESS_THAN,

	/** {@code <=}. */
	LESS_THAN_OR_EQUAL_TO,

	/** {@code >}. */
	GREATER_THAN,

	/** {@code >=}. */
	GREATER_THAN_OR_EQUAL_TO,

	/**
	 * {@code IS NULL} when the value is {@code true}, {@code IS NOT NULL} when
	 * {@code false}.
	 */
	IS_NULL

}
