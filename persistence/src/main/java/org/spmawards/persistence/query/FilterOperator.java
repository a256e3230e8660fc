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
	IS_NULL;

	/**
	 * Returns the operator that holds exactly where this one does not, for a value that
	 * is not null (SQL's three-valued logic excludes nulls from both).
	 * @return the negated operator
	 */
	FilterOperator negated() {
		return switch (this) {
			case EQUAL_TO -> NOT_EQUAL_TO;
			case NOT_EQUAL_TO -> EQUAL_TO;
			case IN -> NOT_IN;
			case NOT_IN -> IN;
			case LESS_THAN -> GREATER_THAN_OR_EQUAL_TO;
			case LESS_THAN_OR_EQUAL_TO -> GREATER_THAN;
			case GREATER_THAN -> LESS_THAN_OR_EQUAL_TO;
			case GREATER_THAN_OR_EQUAL_TO -> LESS_THAN;
			case IS_NULL -> IS_NULL;
		};
	}

}
