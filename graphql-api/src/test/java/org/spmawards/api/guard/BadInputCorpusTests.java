package org.spmawards.api.guard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, as a public API receives it: malformed JSON, wrong content types, oversized
 * bodies, depth, alias, fragment and directive bombs, batches, bad enums, codes, cursors
 * and numbers, NUL and invalid UTF-8, filter abuse, every admin header variant, broken
 * CSV. Each gets a 4xx or a typed GraphQL error, never a 5xx (other than a 503 with
 * {@code Retry-After}), an INTERNAL_ERROR, a stack trace or a library's class name; a
 * good query sent all the while keeps its answer; and the log holds no stack trace and no
 * ERROR for any of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=corpus", "spm.admin-token=corpus-token" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusTests {

	private static final String GOOD = "{\"query\":\"{ rankings(edition: 2025, category: PROVINCE, first: 1)"
			+ " { nodes { region { name } value } } }\"}";

	/** Text that only a leaked internal error would show. */
	private static final List<String> INTERNAL = List.of("INTERNAL_ERROR", "Exception", "\tat ", "org.springframework",
			"io.r2dbc", "io.netty", "graphql.execution", "graphql.language", "graphql.schema", "java.", "org.apache",
			"SQLSTATE", "ERROR:", "Value{");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicInteger goodAnswers = new AtomicInteger();

	private final List<String> goodFailures = new ArrayList<>();

	private CompletableFuture<Void> goodTraffic;

	@LocalServerPort
	int port;

	@BeforeAll
	void startGoodTraffic() {
		this.goodTraffic = CompletableFuture.runAsync(() -> {
			while (this.running.get()) {
				try {
					HttpResponse<String> answer = send(Case.post("/graphql", "application/json", GOOD));
					if (answer.statusCode() == 200 && answer.body().contains("\"value\"")) {
						this.goodAnswers.incrementAndGet();
					}
					else {
						this.goodFailures.add(answer.statusCode() + " " + answer.body());
					}
					Thread.sleep(20);
				}
				catch (Exception ex) {
					this.goodFailures.add(ex.toString());
				}
			}
		});
	}

	@AfterAll
	void loggedNoStackTraceAndNoErrorForTheClientsMistakes(CapturedOutput output) {
		assertThat(output.getAll().lines().filter((line) -> line.startsWith("\tat ") || line.contains(" ERROR ")))
			.as("stack frames and ERROR lines in the log")
			.isEmpty();
	}

	@AfterAll
	void goodTrafficWasUnaffected() {
		this.running.set(false);
		this.goodTraffic.join();
		assertThat(this.goodFailures).as("good queries sent meanwhile").isEmpty();
		assertThat(this.goodAnswers.get()).isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void answersBadInputWithATypedErrorAndNothingInternal(Case bad) throws Exception {
		HttpResponse<String> answer = send(bad);
		int status = answer.statusCode();
		assertThat(status).as("%s: status, body %s", bad, answer.body())
			.satisfiesAnyOf((code) -> assertThat(code).isBetween(200, 499), (code) -> assertThat(code).isEqualTo(503));
		if (status == 503) {
			assertThat(answer.headers().firstValue("Retry-After")).isPresent();
		}
		for (String internal : INTERNAL) {
			assertThat(answer.body()).as("%s: %s", bad, answer.body()).doesNotContain(internal);
		}
	}

	static Stream<Case> corpus() {
		List<Case> cases = new ArrayList<>();
		// malformed JSON and bodies
		for (String body : List.of("", " ", "{", "}", "[", "null", "true", "1", "\"text\"", "{\"query\":}",
				"{\"query\":null}", "{\"query\":1}", "{\"query\":[]}", "{\"query\":{}}", "{\"query\":\"\"}",
				"{\"query\":\"{\"}", "{\"query\":\"}\"}", "{\"query\":\"{ rankings }\"}", "{'query':'{ x }'}",
				"{\"query\":\"{ __typename }\",\"variables\":1}", "{\"query\":\"{ __typename }\",\"variables\":[]}",
				"{\"query\":\"{ __typename }\",\"variables\":\"x\"}", "{\"query\":\"{ __typename }\",\"extensions\":1}",
				"{\"query\":\"{ __typename }\",\"operationName\":1}",
				"{\"query\":\"query A { __typename } query B { __typename }\"}",
				"{\"query\":\"{ __typename }\",\"operationName\":\"Missing\"}",
				"{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"zz\"}}}",
				"{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0".repeat(64) + "\"}}}",
				"{\"query\":\"{ __typename }\",\"query\":\"{ x }\"}", "{\"query\":\"\\u0000\"}",
				"{\"query\":\"{ __typename }\"} trailing", "{\"query\":\"mutation { x }\"}",
				"{\"query\":\"subscription { x }\"}",
				"{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}}")) {
			cases.add(Case.post("/graphql", "application/json", body));
		}
		// content types
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/graphql", "application/json; charset=latin1",
				"application/json; charset=nonsense", "application/jsonx", "*/*", "application/", ";;;",
				"application/json; boundary", "text/csv", "image/png", "application/graphql-response+json")) {
			cases.add(Case.post("/graphql", type, "{\"query\":\"{ __typename }\"}"));
		}
		// sizes
		for (int size : new int[] { 300_000, 1_000_000 }) {
			cases.add(Case.post("/graphql", "application/json",
					"{\"query\":\"{ __typename }\",\"x\":\"" + "a".repeat(size) + "\"}"));
		}
		cases.add(Case.post("/graphql", "application/json", "{\"query\":\"{ " + "__typename ".repeat(30_000) + "}\"}"));
		// depth, alias, fragment and directive bombs, batches
		for (int depth : new int[] { 20, 50, 200 }) {
			cases.add(graphQl("{ " + "region(code: \\\"36\\\") { province { ".repeat(depth) + "name"
					+ " } }".repeat(depth) + " }"));
		}
		for (int aliases : new int[] { 100, 500, 2000 }) {
			cases.add(graphQl(IntStream.range(0, aliases)
				.mapToObj((i) -> "a" + i + ": rankings(edition: 2025, category: REGENCY, first: 100) { totalCount }")
				.collect(Collectors.joining(" ", "{ ", " }"))));
		}
		cases.add(graphQl("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
		cases.add(graphQl("query { ...A } fragment A on Query { ...A }"));
		cases.add(graphQl("{ __typename " + "@skip(if: false) ".repeat(500) + "}"));
		cases.add(graphQl("{ __typename @unknown }"));
		cases.add(Case.post("/graphql", "application/json", "[" + GOOD + "," + GOOD + "]"));
		cases.add(Case.post("/graphql", "application/json", "[]"));
		cases.add(graphQl(
				"{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }"));
		// enums, codes, cursors, numbers, strings
		for (String category : List.of("CITY2", "city", "\\\"CITY\\\"", "1", "null", "[CITY]", "{a: 1}",
				"__typename")) {
			cases.add(graphQl("{ rankings(edition: 2025, category: " + category + ") { totalCount } }"));
		}
		for (String sector : List.of("health", "HEALTHY", "\\\"HEALTH\\\"", "1", "[HEALTH]", "SECTOR_X", "Health")) {
			cases.add(graphQl("{ rankings(edition: 2025, category: CITY, sector: " + sector + ") { totalCount } }"));
			cases.add(graphQl(
					"{ sectorDetail(regionCode: \\\"36.71\\\", edition: 2025, sector: " + sector + ") { index } }"));
		}
		for (String code : List.of("", "3", "36.", "36.7", "36.710", "99", "36.99", "..", "36.71.01", "-1", "1e3",
				"36,71", " 36.71", "36.71 ", "٣٦.٧١", "36.71\\u0000", "x".repeat(1000), "36/71", "%",
				"'; drop table x")) {
			cases.add(graphQl("{ region(code: \\\"" + code + "\\\") { name } }"));
			cases.add(Case.get("/export/rankings.csv?edition=2025&category=REGENCY&provinceCode=" + encode(code)));
		}
		for (String cursor : List.of("", "x", "T185MjIzMzcyMDM2ODU0Nzc1ODA3", "LTE=", "T18tMQ==", "====",
				"a".repeat(500), "T185OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ==", "\\u0000", "null")) {
			for (String field : List.of("regions", "rankings(edition: 2025, category: CITY,", "indexValues",
					"achievements")) {
				String call = field.endsWith(",") ? field + " after: \\\"" + cursor + "\\\")"
						: field + "(after: \\\"" + cursor + "\\\")";
				cases.add(graphQl("{ " + call + " { totalCount } }"));
			}
		}
		for (String number : List.of("-1", "0", "101", "1000000", "2147483648", "99999999999999999999", "1.5", "1e309",
				"-1e309", "NaN", "\\\"5\\\"")) {
			cases.add(graphQl("{ regions(first: " + number + ") { totalCount } }"));
			cases.add(graphQl("{ indexValues(filter: {value: {lessThan: " + number + "}}) { totalCount } }"));
			cases.add(graphQl("{ rankings(edition: " + number + ", category: CITY) { totalCount } }"));
		}
		// filter abuse
		String deep = "{value: {lessThan: 1}}";
		for (int level = 0; level < 12; level++) {
			deep = "{and: [" + deep + "]}";
		}
		cases.add(graphQl("{ indexValues(filter: " + deep + ") { totalCount } }"));
		cases.add(graphQl("{ indexValues(filter: {regionCode: {in: [" + IntStream.range(0, 500)
			.mapToObj((i) -> "\\\"11." + String.format("%02d", i % 100) + "\\\"")
			.collect(Collectors.joining(",")) + "]}}) { totalCount } }"));
		cases.add(graphQl("{ indexValues(filter: {}) { totalCount } }"));
		cases.add(graphQl("{ indexValues(filter: {or: []}) { totalCount } }"));
		cases.add(graphQl("{ indexValues(filter: {not: {not: {not: {}}}}) { totalCount } }"));
		cases.add(graphQl("{ statistics(of: ACHIEVEMENTS, groupBy: [PROVINCE, PROVINCE, PROVINCE]) { count } }"));
		cases.add(graphQl("{ statistics(of: INDEX_VALUES, orderBy: [MEAN_ASC, MEAN_DESC]) { count } }"));
		cases.add(graphQl("{ achievements(orderBy: []) { totalCount } }"));
		cases.add(graphQl("{ node(id: \\\"x\\\") { id } }"));
		cases.add(graphQl("{ nodes(ids: [" + "\\\"x\\\",".repeat(200) + "\\\"y\\\"]) { id } }"));
		cases.add(graphQl("{ comparison(regionCodes: [], edition: 2025) { fiscalYear } }"));
		cases.add(graphQl("{ sectorDetail(regionCode: \\\"36.71\\\", edition: 1999, sector: HEALTH) { index } }"));
		// an explicit null for every argument that has a default
		cases.add(graphQl("{ rankings(edition: 2025, category: CITY, includePreliminary: null) { totalCount } }"));
		cases.add(graphQl("{ statistics(of: INDEX_VALUES, includeEmptyGroups: null, includePreliminary: null,"
				+ " includeIncomplete: null) { count } }"));
		cases.add(graphQl(
				"{ indexValues(first: 1) { edges { node { weakestServices(first: null) { achievement } } } } }"));
		cases.add(graphQl("{ region(code: \\\"36\\\") { boundary(resolution: null) } }"));
		// GET requests
		for (String query : List.of("", "?", "?query=", "?query=%7B", "?query=" + encode("mutation { x }"),
				"?query=" + encode("{ __typename }") + "&variables=%7B",
				"?query=" + encode("{ __typename }") + "&extensions=x", "?query=%FF%FE", "?variables=%7B%7D",
				"?query=" + encode("{ __typename }") + "&query=" + encode("{ x }"))) {
			cases.add(Case.get("/graphql" + query));
		}
		// exports and maps
		for (String path : List.of("/export/rankings.csv", "/export/rankings.csv?edition=x&category=CITY",
				"/export/rankings.csv?edition=1999&category=CITY", "/export/rankings.csv?edition=2025&category=TOWN",
				"/export/rankings.csv?edition=2025&category=CITY&sector=SPORT",
				"/export/rankings.csv?edition=2025&category=CITY&unknown=1",
				"/export/rankings.csv?edition=2025&edition=2024&category=CITY", "/export/achievements.csv?fiscalYear=x",
				"/export/achievements.csv?fiscalYear=99999", "/export/winners.csv?fromYear=2030&toYear=2020",
				"/export/winners.csv?category=NONE", "/export/bulk?x=1", "/map/regions.geojson",
				"/map/regions.geojson?level=TOWN", "/map/regions.geojson?level=CITY&edition=2025&fiscalYear=2024",
				"/map/regions.geojson?level=PROVINCE&provinceCode=36",
				"/map/regions.topojson?level=CITY&resolution=DETAIL", "/map/regions.geojson?level=CITY&resolution=HUGE",
				"/map/regions.geojson?level=CITY&provinceCode=99", "/export/%00", "/graphql/documents?x=%00",
				"/nothing", "/../etc/passwd", "/explore?edition=%FF")) {
			cases.add(Case.get(path));
		}
		// every admin header variant
		for (String authorization : new String[] { null, "", "Bearer", "Bearer ", "Bearer wrong", "Basic Y29ycHVz",
				"bearer corpus-token-x", "Bearer corpus-token corpus-token", "Token corpus-token", "Bearer\tcorpus",
				"Bearer " + "x".repeat(10_000), "Bearer %C3%A9" }) {
			cases.add(Case.admin("/admin/imports/achievements?fiscalYear=2024", "text/csv", authorization,
					"region_code,service_type,target,served,quality_pct\n"));
		}
		// broken CSV, sent with the right token
		String header = "region_code,service_type,target,served,quality_pct";
		for (String file : List.of("", "\n", header, "\uFEFF" + header + "\n36.71,HEA-K-1,1,1,x\n",
				header + "\r\n36.71,HEA-K-1,1,1,1e2\r\n", header + "\n\"36.71,HEA-K-1,1,1,1\n",
				header + "\n36.71,\"HEA\"K-1,1,1,1\n", header + "\n36.71,\"HEA-K-1\nHEA\",1,1,1\n",
				header + "\n36.71,HEA-K-1\n", header + "\n36.71,HEA-K-1,1,1,1,1,1\n", "a,b,c\n1,2,3\n",
				header + "," + header + "\n", header + "\n" + "36.71,HEA-K-1,1,1,1\n".repeat(2),
				header + "\n36.71,HEA-K-1,-1,1,1\n", header + "\n36.71,HEA-K-1,1.5,1,1\n",
				header + "\n36.71,HEA-K-1,99999999999999999999,1,1\n", header + "\n36.71,HEA-K-1,1,1,101\n",
				header + "\n36.71,HEA-K-1,1,1,\u0000\n", header + "\n36.71,HEA-P-1,1,1,1\n",
				header + "\n11,HEA-K-1,1,1,1\n", header + "\n99.99,HEA-K-1,1,1,1\n", header + "\n36.71,XYZ,1,1,1\n",
				"region_code;service_type;target;served;quality_pct\n36.71;HEA-K-1;1;1;1\n")) {
			cases.add(
					Case.admin("/admin/imports/achievements?fiscalYear=2024", "text/csv", "Bearer corpus-token", file));
		}
		cases.add(new Case("POST", "/admin/imports/achievements?fiscalYear=2024", "text/csv", "Bearer corpus-token",
				new byte[] { 'r', ',', (byte) 0xFF, (byte) 0xFE, '\n' }));
		cases.add(new Case("POST", "/graphql", "application/json", null,
				new byte[] { '{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }));
		for (String query : List.of("", "fiscalYear=", "fiscalYear=x", "fiscalYear=1999", "fiscalYear=20245",
				"fiscalYear=2024&replaceYear=maybe", "fiscalYear=2024&sourceUrl=ftp://x",
				"fiscalYear=2024&sourceUrl=%00")) {
			cases.add(Case.admin("/admin/imports/achievements?" + query, "text/csv", "Bearer corpus-token",
					header + "\n36.71,HEA-K-1,1,1,1\n"));
			cases.add(Case.admin("/admin/imports/index-values?" + query, "text/csv", "Bearer corpus-token",
					"region_code,sector,value,national_rank\n36.71,,1,\n"));
		}
		for (String type : List.of("application/json", "text/plain", "text/csv; charset=latin1", "")) {
			cases.add(Case.admin("/admin/imports/achievements?fiscalYear=2024", type, "Bearer corpus-token", header));
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		return cases.stream();
	}

	private static Case graphQl(String query) {
		return Case.post("/graphql", "application/json", "{\"query\":\"" + query + "\"}");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(Case request) throws Exception {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + request.path()))
			.timeout(Duration.ofSeconds(30));
		if (request.contentType() != null && !request.contentType().isEmpty()) {
			builder.header("Content-Type", request.contentType());
		}
		if (request.authorization() != null) {
			builder.header("Authorization", request.authorization());
		}
		if ("GET".equals(request.method())) {
			builder.GET();
		}
		else {
			builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
		}
		HttpRequest built = builder.build();
		try {
			return this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			// the client may pick a pooled connection that the server closed after an
			// earlier case (an oversized header is answered and the connection closed)
			// before the client saw it close; it retries a GET by itself, a POST once
			// here
			return this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
	}

	/** One bad request. */
	record Case(String method, String path, String contentType, String authorization, byte[] body) {

		static Case post(String path, String contentType, String body) {
			return new Case("POST", path, contentType, null, body.getBytes(StandardCharsets.UTF_8));
		}

		static Case get(String path) {
			return new Case("GET", path, null, null, new byte[0]);
		}

		static Case admin(String path, String contentType, String authorization, String body) {
			return new Case("POST", path, contentType, authorization, body.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			String text = new String(this.body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
			return this.method + " " + abbreviate(this.path) + " [" + this.contentType + "] "
					+ ((this.authorization != null) ? "(" + abbreviate(this.authorization) + ") " : "")
					+ abbreviate(text);
		}

		private static String abbreviate(String text) {
			return (text.length() > 90) ? text.substring(0, 90) + "..." : text;
		}

	}

}
