package org.spmawards.api.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

import org.spmawards.api.support.Pagination;

/**
 * Counts a field as 1, plus what it selects; what a connection field selects counts once
 * per item the page may hold, so that asking for 100 rankings costs 100 times one; a
 * boundary counts by its size (20 at the overview resolution, 100 in detail).
 */
class ConnectionComplexityCalculator implements FieldComplexityCalculator {

	static final int OVERVIEW_BOUNDARY = 20;

	static final int DETAIL_BOUNDARY = 100;

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
		if (!type.getName().endsWith("Connection")) {
			return 1 + childComplexity;
		}
		Object first = environment.getArguments().get("first");
		int items = (first instanceof Integer size) ? Math.max(size, 1) : Pagination.DEFAULT_SIZE;
		return 1 + items * childComplexity;
	}

}
