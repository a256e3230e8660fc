package org.spmawards.api.query;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data desk's questions as downloads, {@code /export/query.csv|xlsx|ndjson}, on the
 * demo dataset: the same rows, in the same order, as GraphQL answers the same field with
 * the same arguments, over every page; bad arguments are 400 problems naming them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class QueryExportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Regencies of Jawa Barat, health, value below 80, fiscal year 2024. */
	private static final String WEST_JAVA_HEALTH = "{\"fiscalYear\":{\"equalTo\":2024},\"provinceCode\":{\"equalTo\":"
			+ "\"32\"},\"level\":{\"equalTo\":\"REGENCY\"},\"sector\":{\"equalTo\":\"HEALTH\"},\"value\":{\"lessThan\":80}}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void indexValuesAreTheRowsGraphQlAnswersInEveryFormat() throws Exception {
		JsonNode answer = graphQl("{ indexValues(filter: "
				+ WEST_JAVA_HEALTH.replaceAll("\"(\\w+)\":", "$1:")
					.replace("\"REGENCY\"", "REGENCY")
					.replace("\"HEALTH\"", "HEALTH")
				+ ", orderBy: [VALUE_ASC], first: 100) { totalCount nodes { region { code }" + " value rank } } }");
		List<String> expected = new ArrayList<>();
		for (JsonNode node : answer.at("/data/indexValues/nodes")) {
			expected.add(node.at("/region/code").asString() + " " + number(node.get("value").asString()) + " #"
					+ text(node.get("rank")));
		}
		assertThat(expected).isNotEmpty().hasSize(answer.at("/data/indexValues/totalCount").asInt());
		String query = "?field=indexValues&orderBy=VALUE_ASC&filter=" + encode(WEST_JAVA_HEALTH);

		List<CSVRecord> csv = csv("/export/query.csv" + query);
		assertThat(csv.get(0).toList()).startsWith("fiscal_year", "level", "sector", "rank", "rank_kind", "region_code",
				"region_name", "value");
		assertThat(csv.subList(1, csv.size())
			.stream()
			.map((row) -> row.get(5) + " " + number(row.get(7)) + " #" + row.get(3)))
			.containsExactlyElementsOf(expected);

		List<String> ndjson = new String(body("/export/query.ndjson" + query), StandardCharsets.UTF_8).lines().toList();
		assertThat(ndjson.stream()
			.map(JSON::readTree)
			.map((row) -> row.get("region_code").asString() + " " + number(row.get("value").asString()) + " #"
					+ text(row.get("rank"))))
			.containsExactlyElementsOf(expected);

		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(body("/export/query.xlsx" + query)))) {
			List<Row> rows = workbook.findSheet("data").orElseThrow().read();
			assertThat(rows).hasSize(expected.size() + 1);
			assertThat(rows.get(1).getCell(5).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.subList(1, rows.size())
				.stream()
				.map((row) -> row.getCell(5).getText() + " " + number(row.getCell(7).getText()) + " #"
						+ row.getCell(3).getText()))
				.containsExactlyElementsOf(expected);
		}
		byte[] excel = body("/export/query.csv" + query + "&bom=true");
		assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
	}

	@Test
	void achievementsComeOverEveryPage() throws Exception {
		String filter = "{\"fiscalYear\":{\"equalTo\":2024},\"provinceCode\":{\"equalTo\":\"32\"}}";
		JsonNode answer = graphQl(
				"{ achievements(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: \"32\"}},"
						+ " orderBy: [ACHIEVEMENT_ASC], last: 1) { totalCount nodes { region { code } serviceType { code } } } }");
		int total = answer.at("/data/achievements/totalCount").asInt();
		// more than a page: the download reads them all
		assertThat(total).isGreaterThan(100);
		List<CSVRecord> csv = csv(
				"/export/query.csv?field=achievements&orderBy=ACHIEVEMENT_ASC&filter=" + encode(filter));
		assertThat(csv).hasSize(total + 1);
		CSVRecord last = csv.get(csv.size() - 1);
		assertThat(last.get(1) + " " + last.get(5))
			.isEqualTo(answer.at("/data/achievements/nodes/0/region/code").asString() + " "
					+ answer.at("/data/achievements/nodes/0/serviceType/code").asString());
	}

	@Test
	void statisticsAreTheGroupsGraphQlAnswers() throws Exception {
		JsonNode answer = graphQl("{ statistics(of: INDEX_VALUES, filter: {indexValues: {fiscalYear: {equalTo: 2024},"
				+ " sector: {isNull: true}, level: {in: [REGENCY, CITY]}}}, groupBy: [PROVINCE]) { key { province { code } }"
				+ " count mean } }");
		List<String> expected = new ArrayList<>();
		for (JsonNode group : answer.at("/data/statistics")) {
			expected.add(group.at("/key/province/code").asString() + " " + group.get("count").asInt() + " "
					+ number(group.get("mean").asString()));
		}
		assertThat(expected).hasSize(38);
		List<CSVRecord> csv = csv("/export/query.csv?field=statistics&of=INDEX_VALUES&groupBy=PROVINCE&filter="
				+ encode("{\"indexValues\":{\"fiscalYear\":{\"equalTo\":2024},\"sector\":{\"isNull\":true},"
						+ "\"level\":{\"in\":[\"REGENCY\",\"CITY\"]}}}"));
		assertThat(csv.subList(1, csv.size())
			.stream()
			.map((row) -> row.get(1) + " " + row.get(7) + " " + number(row.get(8))))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void urlsGiveTheSameSelectionAgain() throws Exception {
		JsonNode answer = graphQl("{ indexValues(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: \"32\"},"
				+ " level: {equalTo: REGENCY}, sector: {equalTo: HEALTH}, value: {lessThan: 80}}, orderBy: [VALUE_ASC],"
				+ " first: 3) { totalCount nodes { region { code } } urls { graphql csv xlsx ndjson } }"
				+ " statistics(of: ACHIEVEMENTS, groupBy: [SERVICE_TYPE], filter: {achievements: {fiscalYear:"
				+ " {equalTo: 2024}}}) { urls { csv } } }");
		JsonNode urls = answer.at("/data/indexValues/urls");
		String csv = urls.get("csv").asString();
		assertThat(csv).startsWith("/export/query.csv?field=indexValues&filter=").contains("&orderBy=VALUE_ASC");
		assertThat(urls.get("xlsx").asString()).isEqualTo(csv.replace("query.csv", "query.xlsx"));
		assertThat(urls.get("ndjson").asString()).isEqualTo(csv.replace("query.csv", "query.ndjson"));
		List<CSVRecord> rows = csv(csv);
		assertThat(rows).hasSize(answer.at("/data/indexValues/totalCount").asInt() + 1);
		assertThat(rows.get(1).get(5)).isEqualTo(answer.at("/data/indexValues/nodes/0/region/code").asString());
		// GraphQL over GET: the download's document, its first page
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri(urls.get("graphql").asString())).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode first = JSON.readTree(page.body());
		assertThat(first.get("errors")).as(page.body()).isNull();
		assertThat(first.at("/data/indexValues/nodes/0/region/code").asString())
			.isEqualTo(answer.at("/data/indexValues/nodes/0/region/code").asString());
		assertThat(first.at("/data/indexValues/totalCount").asInt())
			.isEqualTo(answer.at("/data/indexValues/totalCount").asInt());
		// every group of statistics gives the whole statistics again
		String statistics = answer.at("/data/statistics/0/urls/csv").asString();
		assertThat(statistics).startsWith("/export/query.csv?field=statistics&of=ACHIEVEMENTS&filter=")
			.contains("&groupBy=SERVICE_TYPE");
		assertThat(csv(statistics)).hasSize(answer.at("/data/statistics").size() + 1);
	}

	@Test
	void badArgumentsAreProblemsNamingTheirParameter() throws Exception {
		assertProblem("/export/query.csv", "field");
		assertProblem("/export/query.csv?field=rankings", "field");
		assertProblem("/export/query.csv?field=indexValues&filter=" + encode("{fiscalYear"), "filter");
		assertProblem("/export/query.csv?field=indexValues&filter=" + encode("{\"fiscalYar\":{\"equalTo\":2024}}"),
				"filter");
		assertProblem("/export/query.csv?field=indexValues&filter=" + encode("[1]"), "filter");
		assertProblem("/export/query.csv?field=indexValues&filter=" + encode("\"fiscalYear\""), "filter");
		assertProblem("/export/query.ndjson?field=indexValues&orderBy=VALUE_UPWARDS", "orderBy");
		assertProblem("/export/query.csv?field=indexValues&groupBy=PROVINCE", "groupBy");
		assertProblem("/export/query.csv?field=statistics&of=RANKINGS", "of");
		assertProblem("/export/query.csv?field=indexValues&orderBy=CHANGE_DESC", "changeFromFiscalYear");
		assertProblem("/export/query.xlsx?field=indexValues&bom=true", "bom");
	}

	private void assertProblem(String path, String parameter) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("parameter").asString()).as(answer.body()).isEqualTo(parameter);
		assertThat(answer.body()).doesNotContain("Exception", "graphql.", "tools.jackson", "java.");
	}

	private JsonNode graphQl(String query) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode json = JSON.readTree(answer.body());
		assertThat(json.get("errors")).as(answer.body()).isNull();
		return json;
	}

	private List<CSVRecord> csv(String path) throws Exception {
		return CSVFormat.RFC4180.parse(new StringReader(new String(body(path), StandardCharsets.UTF_8))).getRecords();
	}

	private byte[] body(String path) throws Exception {
		HttpResponse<byte[]> answer = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(path + " " + new String(answer.body(), StandardCharsets.UTF_8))
			.isEqualTo(200);
		return answer.body();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** A JSON value as a CSV cell has it: null is empty. */
	private static String text(JsonNode value) {
		return value.isNull() ? "" : value.asString();
	}

	/**
	 * A number as text, without trailing zeros: {@code 79.50} and {@code 79.5} read
	 * alike.
	 */
	private static String number(String value) {
		return new BigDecimal(value).stripTrailingZeros().toPlainString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
