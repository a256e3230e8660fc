package org.spmawards.api.limits;

import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Pagination;

/**
 * Counts a field as 1, plus what it selects; what a connection field selects counts once
 * per item the page may hold, so that asking for 100 rankings costs 100 times one; a
 * boundary counts by its size (20 at the overview resolution, 100 in detail). A custom
 * query ({@code indexValues}, {@code achievements}) or statistic counts what it asks of
 * the database besides: a statement over the whole table, more with each condition of its
 * filter, each order and each grouping, so that a hundred aliases of one are refused
 * before they run.
 */
class ConnectionComplexityCalculator implements FieldComplexityCalculator {

	static final int OVERVIEW_BOUNDARY = 20;

	static final int DETAIL_BOUNDARY = 100;

	/** A custom query's statement over the whole table. */
	static final int CUSTOM_QUERY = 30;

	/** Each condition, order or grouping of a custom query. */
	static final int CUSTOM_QUERY_PART = 10;

	/** A statistic's statement: it reads every matching row. */
	static final int STATISTIC = 60;

	/** Each grouping of a statistic: a group per value. */
	static final int STATISTIC_GROUPING = 60;

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil
			.unwrapAll(environment.getFieldDefinition().getType());
		if ("GeoJSON".equals(type.getName())) {
			// a boundary costs by its size: a detailed one holds some ten times the
			// points
			return "DETAIL".equals(String.valueOf(environment.getArguments().get("resolution"))) ? DETAIL_BOUNDARY
					: OVERVIEW_BOUNDARY;
		}
		int database = database(environment);
		if (!type.getName().endsWith("Connection")) {
			return 1 + database + childComplexity;
		}
		Object first = environment.getArguments().get("first");
		int items = (first instanceof Integer size) ? Math.max(size, 1) : Pagination.DEFAULT_SIZE;
		return 1 + database + items * childComplexity;
	}

	/** What a root custom query or statistic asks of the database, besides its fields. */
	private static int database(FieldComplexityEnvironment environment) {
		if (environment.getParentType() == null || !"Query".equals(environment.getParentType().getName())) {
			return 0;
		}
		Map<String, Object> arguments = environment.getArguments();
		return switch (environment.getField().getName()) {
			case "indexValues", "achievements" -> CUSTOM_QUERY
					+ CUSTOM_QUERY_PART * (conditions(arguments.get("filter")) + size(arguments.get("orderBy")));
			case "statistics" -> STATISTIC + STATISTIC_GROUPING * size(arguments.get("groupBy"))
					+ CUSTOM_QUERY_PART * (conditions(arguments.get("filter")) + size(arguments.get("orderBy")));
			default -> 0;
		};
	}

	/** The conditions of a filter: its leaves, however nested. */
	private static int conditions(@Nullable Object filter) {
		if (filter instanceof Map<?, ?> map) {
			return map.values().stream().mapToInt(ConnectionComplexityCalculator::conditions).sum();
		}
		if (filter instanceof List<?> list) {
			// a list of filters (and, or) counts each; a list of values (in) counts once
			return list.stream().anyMatch(Map.class::isInstance)
					? list.stream().mapToInt(ConnectionComplexityCalculator::conditions).sum() : 1;
		}
		return (filter != null) ? 1 : 0;
	}

	private static int size(@Nullable Object list) {
		return (list instanceof List<?> items) ? items.size() : 0;
	}

}
