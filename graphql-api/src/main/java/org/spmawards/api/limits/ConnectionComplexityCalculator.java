package org.spmawards.api.limits;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.paging.Pagination;

/**
 * Counts a field as 1, plus what it selects; what a connection's {@code edges} and
 * {@code nodes} select counts once per item the page may hold ({@code first} or
 * {@code last}, the same either way), so that asking for 100 rankings costs 100 times
 * one, while its {@code pageInfo}, {@code totalCount} and coverage count once; a boundary
 * counts by its size (20 at the overview resolution, 100 in detail). A custom query
 * ({@code indexValues}, {@code achievements}) or statistic counts what it asks of the
 * database besides: a statement over the whole table, more with each condition of its
 * filter, each order and each grouping, so that a hundred aliases of one are refused
 * before they run.
 */
class ConnectionComplexityCalculator implements FieldComplexityCalculator {

	/** The fields of a connection that hold its items: counted once per item. */
	private static final Set<String> ITEMS = Set.of("edges", "nodes");

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
		FieldComplexityEnvironment connection = environment.getParentEnvironment();
		if (connection != null && ITEMS.contains(environment.getField().getName())
				&& environment.getParentType().getName().endsWith("Connection")) {
			return items(connection.getArguments()) * (1 + childComplexity);
		}
		return 1 + database(environment) + childComplexity;
	}

	/**
	 * The items a page may hold: {@code first} or {@code last}, whichever is given, at
	 * least 1; the default page size without either.
	 */
	private static int items(Map<String, Object> arguments) {
		Object size = (arguments.get("first") != null) ? arguments.get("first") : arguments.get("last");
		return (size instanceof Integer items) ? Math.max(items, 1) : Pagination.DEFAULT_SIZE;
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
