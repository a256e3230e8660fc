package org.spmawards.persistence.query;

import java.util.List;
import java.util.Objects;

/**
 * A filter: conditions on fields combined with and, or and not. Built by the API from a
 * client's input after checking it against the limits, and rendered to SQL with every
 * value bound as a parameter.
 */
public sealed interface Filter permits Filter.All, Filter.Any, Filter.Not, Filter.Condition {

	/** Matches every row. */
	Filter NONE = new All(List.of());

	/**
	 * Every filter holds.
	 *
	 * @param filters the filters
	 */
	record All(List<Filter> filters) implements Filter {

		public All {
			filters = List.copyOf(filters);
		}

	}

	/**
	 * At least one filter holds.
	 *
	 * @param filters the filters
	 */
	record Any(List<Filter> filters) implements Filter {

		public Any {
			filters = List.copyOf(filters);
		}

	}

	/**
	 * The filter does not hold.
	 *
	 * @param filter the filter
	 */
	record Not(Filter filter) implements Filter {

	}

	/**
	 * A condition on one field.
	 *
	 * @param field the field
	 * @param operator the comparison
	 * @param value the value: of the field's type, a list of them for {@code IN} and
	 * {@code NOT_IN}, a {@link Boolean} for {@code IS_NULL}
	 */
	record Condition(QueryField field, FilterOperator operator, Object value) implements Filter {

		public Condition {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(operator, "operator");
			Objects.requireNonNull(value, "value");
		}

	}

}
