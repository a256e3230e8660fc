package org.spmawards.persistence.query;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which index values statistics count. By default the values a ranking holds: final
 * values, published or computed from enough of the services owed, so that a region with 1
 * of 29 services never counts as if comparable; preliminary and incomplete values only
 * when asked.
 */
public enum StatisticsScope {

	/** The ranked final values. */
	RANKED(new Filter.Condition(QueryField.RANK, FilterOperator.IS_NULL, false)),

	/** The ranked final values and the preliminary ones. */
	WITH_PRELIMINARY(new Filter.Condition(QueryField.RANK_WITH_PRELIMINARY, FilterOperator.IS_NULL, false)),

	/** The final values, however incomplete. */
	WITH_INCOMPLETE(new Filter.Condition(QueryField.STATUS, FilterOperator.EQUAL_TO, "FINAL")),

	/** Every value. */
	ALL(null);

	private final Filter.@Nullable Condition condition;

	StatisticsScope(Filter.@Nullable Condition condition) {
		this.condition = condition;
	}

	/**
	 * Returns the scope of the inclusions asked for.
	 * @param includePreliminary whether preliminary values count
	 * @param includeIncomplete whether computed values from too few services count
	 * @return the scope
	 */
	public static StatisticsScope of(boolean includePreliminary, boolean includeIncomplete) {
		if (includePreliminary) {
			return includeIncomplete ? ALL : WITH_PRELIMINARY;
		}
		return includeIncomplete ? WITH_INCOMPLETE : RANKED;
	}

	/**
	 * Restricts a filter of index values to the scope.
	 * @param filter the client's filter
	 * @return the filter and the scope's condition
	 */
	public Filter restrict(Filter filter) {
		if (this.condition == null) {
			return filter;
		}
		List<Filter> all = new ArrayList<>(List.of(filter));
		all.add(this.condition);
		return new Filter.All(all);
	}

}
