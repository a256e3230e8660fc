package org.spmawards.api.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.paging.Pagination;
import org.spmawards.persistence.support.DataVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers completed in one pass are those graphql-java gives field by field: the same
 * request is executed both ways over the demo dataset (complete rankings of every level)
 * and the whole answers, data, errors and extensions, must be equal. Among the requests:
 * every kind of the benchmark's varied mix, aliases, fragments, {@code __typename},
 * {@code @include} and {@code @skip}, fields served by handler methods and data loaders
 * within plain ones, an interface, and errors.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=direct_completion", "spm.dataset=demo" })
class DirectCompletionTests {

	private static final String RANKING_PAGE = """
			query Ranking($edition: Int!, $category: RegionLevel!, $sector: SectorCode, $after: String) {
			  rankings(edition: $edition, category: $category, sector: $sector, first: 20, after: $after) {
			    edges { node { rank value region { code name province { name } } sectors { sector { code } value } } }
			  }
			}""";

	private static final String RANKING_TABLE = """
			{
			  rankings(edition: 2025, category: REGENCY, first: 5) {
			    totalCount fiscalYear coverage { regionsWithValue regionsInCategory complete rankKind }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node {
			      rank rankKind position nationalRank nationalRankOrigin value previousRank rankChange
			      publishedRank publishedRankScope { kind group } status achievementLevelOrigin
			      completeness { servicesUsed servicesOwed } origin
			      achievementLevel { code name } provenance { verification sources }
			      region { id code name level population { total } province { code name } awards { id } }
			      sectors { sector { code name } value rank achievementLevel { code } }
			    } }
			  }
			}""";

	private static final String SHAPES = """
			fragment Entry on RankingEntry { place: rank v: value __typename region { ... on Region { code } name } }
			query Shapes($withSectors: Boolean!) {
			  rankings(edition: 2025, category: CITY, first: 3) {
			    __typename
			    edges { cursor node { ...Entry sectors @include(if: $withSectors) { sector { code } value } } }
			    nodes { status origin region @skip(if: $withSectors) { code } }
			  }
			  again: rankings(edition: 2024, category: PROVINCE, first: 2) { nodes { rank } }
			}""";

	/** Stands for the cursor of a ranking's entry at an offset, made at execution. */
	private static final String CURSOR_AT = "cursor-at:";

	@Autowired
	ExecutionGraphQlService graphQl;

	@Autowired
	DataVersion dataVersion;

	static Stream<Arguments> requests() {
		return Stream.of(Arguments.of(RANKING_PAGE, Map.of("edition", 2025, "category", "CITY")),
				Arguments.of(RANKING_PAGE, Map.of("edition", 2024, "category", "REGENCY", "after", cursor(59))),
				Arguments.of(RANKING_PAGE,
						Map.of("edition", 2023, "category", "PROVINCE", "sector", "HEALTH", "after", cursor(19))),
				Arguments.of(RANKING_TABLE, Map.of()), Arguments.of(SHAPES, Map.of("withSectors", true)),
				Arguments.of(SHAPES, Map.of("withSectors", false)), Arguments.of("""
						query Region($code: ID!) {
						  region(code: $code) {
						    code name
						    awards { edition { year } category place }
						    indexes { fiscalYear sector { code } value }
						  }
						}""", Map.of("code", "36.71")), Arguments.of("""
						query SectorDetail($region: ID!, $edition: Int!, $sector: SectorCode!) {
						  sectorDetail(regionCode: $region, edition: $edition, sector: $sector) {
						    index
						    services { serviceType { code name } target served quality achievement }
						  }
						}""", Map.of("region", "32.04", "edition", 2025, "sector", "PUBLIC_WORKS")),
				Arguments.of("""
						{ winners(category: CITY, fromYear: 2023) {
						    edition { year } category zone place score region { code name province { name } } } }""",
						Map.of()),
				Arguments.of("""
						{ indexValues(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: "32"},
						      level: {equalTo: REGENCY}, sector: {equalTo: HEALTH}, value: {lessThan: 90}},
						      orderBy: [VALUE_ASC], first: 100) {
						    totalCount
						    edges { node { value region { code name } } }
						} }""", Map.of()),
				Arguments
					.of("""
							{ node(id: "UmVnaW9uOjM2Ljcx") { __typename id ... on Region { code name province { name } } } }""",
							Map.of()),
				Arguments.of("{ region(code: \"99.99\") { code } }", Map.of()),
				Arguments.of("{ rankings(edition: 1990, category: CITY) { totalCount } }", Map.of()));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void answersAsGraphQlJavaDoesFieldByField(String document, Map<String, Object> variables) {
		Map<String, Object> direct = execute(document, variables, true, new AtomicInteger());
		Map<String, Object> fieldByField = execute(document, variables, false, new AtomicInteger());
		assertThat(direct).isEqualTo(fieldByField);
	}

	@Test
	void completesARankingPageWithoutFetchingItsFieldsOneByOne() {
		Map<String, Object> variables = Map.of("edition", 2025, "category", "REGENCY");
		AtomicInteger direct = new AtomicInteger();
		AtomicInteger fieldByField = new AtomicInteger();
		Map<String, Object> answer = execute(RANKING_PAGE, variables, true, direct);
		execute(RANKING_PAGE, variables, false, fieldByField);
		assertThat(answer).extractingByKey("data").asString().contains("rank=1", "sectors=[{sector={code=EDUCATION}");
		// field by field: the root, edges, and for each of the 20 entries its node, rank,
		// value, region, sectors, the region's code, name and province, the province's
		// name,
		// and three fields for each of the region's field values
		assertThat(fieldByField.get()).isGreaterThan(2 + 20 * 9);
		// only the root field: its page is plain properties to the leaves
		assertThat(direct.get()).isEqualTo(1);
	}

	private Map<String, Object> execute(String document, Map<String, Object> variables, boolean direct,
			AtomicInteger fetches) {
		Map<String, Object> values = new HashMap<>(variables);
		values.replaceAll((name, value) -> (value instanceof String text && text.startsWith(CURSOR_AT)) ? Pagination
			.cursor("rankings", this.dataVersion.current(), Long.parseLong(text.substring(CURSOR_AT.length())))
				: value);
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, values, null,
				UUID.randomUUID().toString(), null);
		Map<Object, Object> context = new HashMap<>();
		context.put(FetchCounter.class, fetches);
		if (!direct) {
			context.put(DirectCompletionStrategy.DISABLED, true);
		}
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
		Map<String, Object> answer = this.graphQl.execute(request).block().toMap();
		assertThat(answer).containsKey("data");
		return answer;
	}

	/**
	 * The cursor of a ranking's entry at an offset, made when the request is executed.
	 */
	private static String cursor(int offset) {
		return CURSOR_AT + offset;
	}

	/**
	 * Counts the fields graphql-java fetches one by one, per request.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FetchCounting {

		@Bean
		FetchCounter fetchCounter() {
			return new FetchCounter();
		}

	}

	static class FetchCounter extends SimplePerformantInstrumentation {

		@Override
		public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
				InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
			AtomicInteger count = parameters.getExecutionContext().getGraphQLContext().get(FetchCounter.class);
			if (count != null) {
				count.incrementAndGet();
			}
			return null;
		}

	}

}
