package org.spmawards.api.node;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.identity.GlobalId;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * Global IDs: every object of a {@code Node} type has one, and {@code node} and
 * {@code nodes} find the object again.
 */
@GraphQlApiTest
class NodeQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void findsEveryKindOfObjectAgainByItsId() {
		Map<String, Object> ids = this.graphQl
			.document("{ region(code: \"36.71\") { id awards { id } indexes { id } }"
					+ " sectors { id serviceTypes { id } } editions { id methodology { id achievementLevels { id } } }"
					+ " edition(year: 2024) { publishedRanks { id } }"
					+ " sectorDetail(regionCode: \"36.71\", edition: 2025, sector: HEALTH) { services { id } }"
					+ " nationalAverages { id } }")
			.execute()
			.returnResponse()
			.getData();
		List<String> found = new java.util.ArrayList<>();
		collectIds(ids, found);
		// the editions share one methodology and its levels
		List<String> all = found.stream().distinct().toList();
		assertThat(all).hasSizeGreaterThan(60);
		for (int from = 0; from < all.size(); from += 100) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + 100));
			this.graphQl.document("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }")
				.variable("ids", batch)
				.execute()
				.path("nodes[*].id")
				.entityList(String.class)
				.containsExactly(batch.toArray(String[]::new));
		}
	}

	@Test
	void findsARegionByItsIdWithItsFields() {
		String id = this.graphQl.document("{ region(code: \"36.71\") { id } }")
			.execute()
			.path("region.id")
			.entity(String.class)
			.get();
		this.graphQl.document("query ($id: ID!) { node(id: $id) { __typename ... on Region { code name } } }")
			.variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Region")
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Kota Tangerang");
	}

	@Test
	void answersNullForAnIdOfNoObjectAndAnErrorForAnIdNotOfThisApi() {
		String missing = new GlobalId("Region", "36.98").encoded();
		this.graphQl.document("query ($id: ID!) { node(id: $id) { id } }")
			.variable("id", missing)
			.execute()
			.path("node")
			.valueIsNull();
		expectError(this.graphQl.document("{ node(id: \"not an id\") { id } }").execute(), ErrorType.BAD_REQUEST,
				"'not an id' is not an ID of this API");
	}

	@SuppressWarnings("unchecked")
	private static void collectIds(Object value, List<String> ids) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> {
				if ("id".equals(key)) {
					ids.add((String) child);
				}
				else {
					collectIds(child, ids);
				}
			});
		}
		else if (value instanceof List<?> list) {
			list.forEach((child) -> collectIds(child, ids));
		}
	}

}
