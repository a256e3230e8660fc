package org.spmawards.api.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.cache.ResponseCache;
import org.spmawards.api.support.StatementCounter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

@GraphQlApiTest
@Import(StatementCounter.class)
class QueryLimitsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	CachingDocumentProvider documents;

	@BeforeEach
	void resetCounter() {
		this.statements.reset();
	}

	/**
	 * The order Spring for GraphQL chains the interceptors in: an answer kept in memory
	 * is served before the request budget starts its clock, and the budget covers the
	 * second run of a query that met a stale connection.
	 */
	@Test
	void startsTheBudgetAfterTheResponseCacheAndBeforeTheRetry(@Autowired ObjectProvider<WebGraphQlInterceptor> chain,
			@Autowired ResponseCache cache,
			@Autowired @Qualifier("requestBudgetInterceptor") WebGraphQlInterceptor budget,
			@Autowired @Qualifier("staleConnectionRetry") WebGraphQlInterceptor retry) {
		// the WebSocket limits first: an answer from memory counts against a client too
		assertThat(chain.orderedStream().findFirst().orElseThrow().getClass().getSimpleName())
			.isEqualTo("WebSocketLimits");
		assertThat(chain.orderedStream().skip(1).limit(3)).containsExactly(cache, budget, retry);
	}

	@Test
	void refusesAQueryNestedTooDeeplyBeforeTouchingTheDatabase() {
		String query = "{ region(code: \"36\") { " + "regencies { province { ".repeat(6) + "code" + " } }".repeat(6)
				+ " } }";
		expectError(this.graphQl.document(query).execute(), ErrorType.BAD_REQUEST,
				"The query is nested 14 levels deep; at most 12 are allowed", Map.of("limit", "maxDepth"));
		assertThat(this.statements.count()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "introspection-default.graphql", "introspection-full.graphql" })
	void answersTheIntrospectionQueriesOfGraphqlJsFifteenLevelsDeep(String file) throws IOException {
		String query = new ClassPathResource("introspection/" + file).getContentAsString(StandardCharsets.UTF_8);
		this.graphQl.document(query)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query")
			.path("__schema.types[*].name")
			.entityList(String.class)
			.contains("RankingEntry", "Region");
	}

	@Test
	void refusesAnIntrospectionWithFiftyAliases() {
		String aliases = IntStream.range(0, 50)
			.mapToObj((i) -> "a" + i + ": __schema { types { name } }")
			.collect(Collectors.joining(" "));
		expectBadFaith("{ " + aliases + " }", "__schema is present too often");
	}

	@Test
	void refusesAnIntrospectionNestedPastWhatAnyToolSends() {
		String query = "{ __type(name: \"Region\") { " + "ofType { ".repeat(25) + "name" + " }".repeat(25) + " } }";
		expectBadFaith(query, "the query is too big");
	}

	/** graphql-java's good-faith introspection refused the query, before it ran. */
	private void expectBadFaith(String query, String message) {
		this.graphQl.document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BadFaithIntrospection");
				assertThat(error.getMessage()).contains(message);
			}));
	}

	@Test
	void refusesAnAliasBombBeforeTouchingTheDatabase() {
		String aliases = IntStream.range(0, 50)
			.mapToObj((i) -> "a" + i + ": regions(first: 100) { edges { node { code name } } }")
			.collect(Collectors.joining(" "));
		expectError(this.graphQl.document("{ " + aliases + " }").execute(), ErrorType.BAD_REQUEST,
				"The query's complexity is", Map.of("limit", "maxComplexity"));
		assertThat(this.statements.count()).isZero();
	}

	/**
	 * 50 aliases of a grouped statistic: each field is cheap, but each alias is a
	 * statement over every service achievement with a group per service type and
	 * province, so the whole is priced by what it asks of the database.
	 */
	@Test
	void pricesStatisticsByWhatTheyAskOfTheDatabaseAndRefusesTheirAliasBomb() {
		String aliases = IntStream.range(0, 50)
			.mapToObj((i) -> "s" + i + ": statistics(of: ACHIEVEMENTS, groupBy: [SERVICE_TYPE, PROVINCE],"
					+ " filter: {achievements: {served: {greaterThan: " + i + "}}}) { count mean }")
			.collect(Collectors.joining(" "));
		expectError(this.graphQl.document("{ " + aliases + " }").execute(), ErrorType.BAD_REQUEST,
				"The query's complexity is 9650; at most 5000 is allowed", Map.of("limit", "maxComplexity"));
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void reportsTheCostOfEveryAnswer() {
		this.graphQl.document("{ sectors { code } }").execute().path("sectors").entityList(Object.class).hasSize(6);
		Map<Object, Object> extensions = this.graphQl.document("{ regions(first: 10) { nodes { code } } }")
			.execute()
			.returnResponse()
			.getExtensions();
		// 1 for regions, and 10 items of nodes (1) with their code (1)
		assertThat(extensions).containsEntry("cost", Map.of("complexity", 21, "limit", 5000));
	}

	@Test
	void pricesAPageTheSameWhicheverWayItIsTurned() {
		String detailed = "{ regions(level: CITY, %s: 100) { nodes { code boundary(resolution: DETAIL) } } }";
		for (String direction : new String[] { "first", "last" }) {
			expectError(this.graphQl.document(detailed.formatted(direction)).execute(), ErrorType.BAD_REQUEST,
					"The query's complexity is 10201; at most 5000 is allowed", Map.of("limit", "maxComplexity"));
		}
		assertThat(cost("query Page($first: Int) { regions(last: $first) { nodes { code } } }", 10)).isEqualTo(21);
	}

	@Test
	void pricesAPagesInfoOnceNotPerItem() {
		// 21 for ten codes, then pageInfo (1) and its two fields once
		assertThat(cost("query Page($first: Int) { regions(first: $first) { pageInfo { hasNextPage endCursor }"
				+ " nodes { code } } }", 10))
			.isEqualTo(24);
		assertThat(cost("query Page($first: Int) { regions(first: $first) { pageInfo { hasNextPage endCursor }"
				+ " nodes { code } } }", 100))
			.isEqualTo(204);
	}

	/**
	 * A document's depth and price are measured once for each set of variables and then
	 * remembered: the remembered price must be that of the variables asked with.
	 */
	@Test
	void pricesTheSameDocumentByItsVariablesEachTime() {
		String query = "query Page($first: Int) { regions(first: $first) { nodes { code } } }";
		assertThat(cost(query, 10)).isEqualTo(21);
		assertThat(cost(query, 40)).isEqualTo(81);
		assertThat(cost(query, 10)).isEqualTo(21);
		assertThat(cost(query, 40)).isEqualTo(81);
		String tooDeep = "{ region(code: \"36\") { " + "regencies { province { ".repeat(6) + "code" + " } }".repeat(6)
				+ " } }";
		this.statements.reset();
		for (int i = 0; i < 2; i++) {
			expectError(this.graphQl.document(tooDeep).execute(), ErrorType.BAD_REQUEST,
					"The query is nested 14 levels deep; at most 12 are allowed", Map.of("limit", "maxDepth"));
		}
		assertThat(this.statements.count()).isZero();
	}

	private Object cost(String query, int first) {
		Map<Object, Object> extensions = this.graphQl.document(query)
			.variable("first", first)
			.execute()
			.returnResponse()
			.getExtensions();
		return ((Map<?, ?>) extensions.get("cost")).get("complexity");
	}

	@Test
	void answersAFragmentBombAsOneFieldWithoutExpandingIt() {
		// 2^30 spreads of the same fragment: graphql-java collects each fragment once per
		// selection
		StringBuilder query = new StringBuilder("{ ...F0 }");
		for (int i = 0; i < 30; i++) {
			query.append(" fragment F")
				.append(i)
				.append(" on Query { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		query.append(" fragment F30 on Query { sectors { code } }");
		this.graphQl.document(query.toString()).execute().path("sectors").entityList(Object.class).hasSize(6);
	}

	@Test
	void refusesAQueryTextThatIsTooLong() {
		String padding = " ".repeat(25_000);
		expectError(this.graphQl.document("{" + padding + "sectors { code } }").execute(),
				graphql.ErrorType.InvalidSyntax, "More than 20,000 characters");
	}

	@Test
	void parsesARepeatedQueryOnce() {
		// other variables, so that the answer is not served from the response cache
		String query = "query($code: ID!) { region(code: $code) { name } }";
		this.graphQl.document(query).variable("code", "36.71").execute().path("region.name").hasValue();
		long hits = this.documents.stats().hitCount();
		long misses = this.documents.stats().missCount();
		this.graphQl.document(query).variable("code", "36.74").execute().path("region.name").hasValue();
		assertThat(this.documents.stats().hitCount()).isEqualTo(hits + 1);
		assertThat(this.documents.stats().missCount()).isEqualTo(misses);
	}

}
