package org.spmawards.api.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.Downloads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports (CSV, NDJSON, XLSX) and the bulk download over the curated data.
 */
@GraphQlApiTest
class ExportTests {

	WebTestClient client;

	@Autowired
	void client(WebTestClient client) {
		this.client = Downloads.roomy(client);
	}

	@Test
	void exportsTheWinnersWithTheirSources() {
		String csv = get("/export/winners.csv", "attachment; filename=\"winners.csv\"");
		String[] lines = csv.split("\n");
		assertThat(lines[0])
			.isEqualTo("edition_year,category,zone,place,region_code,region_name,score,verification,sources,note");
		assertThat(lines).hasSize(37);
		assertThat(lines[1]).startsWith("2022,PROVINCE,,1,35,Jawa Timur,99.36,VERIFIED_SINGLE,https://jpnn.com/");
		assertThat(csv).contains("2023,CITY,,1,36.71,Kota Tangerang,,VERIFIED_MULTIPLE,https://");
	}

	@Test
	void exportsARankingWithWhatItsRanksMean() {
		String csv = get("/export/rankings.csv?edition=2025&category=PROVINCE",
				"attachment; filename=\"ranking-2025-province-overall.csv\"");
		String[] lines = csv.split("\n");
		assertThat(lines).hasSize(2);
		// what identifies the ranking and the line first, provenance last
		assertThat(lines[0]).isEqualTo("edition,category,sector,position,national_rank,national_rank_origin,"
				+ "previous_rank,rank_change,rank,rank_kind,rank_with_preliminary,region_code,region_name,province_code,"
				+ "province_name,fiscal_year,value,status,achievement_level,achievement_level_origin,services_used,"
				+ "services_owed,published_rank,published_rank_scope,published_rank_group,regions_with_value,"
				+ "regions_in_category,coverage_complete,preliminary_left_out,incomplete_left_out,origin,verification,"
				+ "sources,note");
		// Maluku: 17th nationally as published, 21st the year before, so 4 places up;
		// 1st of the one province held
		assertThat(lines[1]).startsWith("2025,PROVINCE,,1,17,PUBLISHED,21,4,1,WITHIN_DATA_HELD,1,81,Maluku,,,2024,"
				+ "97.89,FINAL,TUNTAS_UTAMA,PUBLISHED,,,17,NATIONAL,,1,38,false,0,0,PUBLISHED,");
	}

	@Test
	void exportsTheRankingOfOneProvince() {
		String csv = get("/export/rankings.csv?edition=2025&category=CITY&provinceCode=36",
				"attachment; filename=\"ranking-2025-city-overall-36.csv\"");
		assertThat(csv.split("\n")).hasSize(2);
		assertThat(csv.split("\n")[1])
			.startsWith("2025,CITY,,1,,,,,1,WITHIN_DATA_HELD,1,36.71,Kota Tangerang,36,Banten,2024,99.95,FINAL,"
					+ "TUNTAS_UTAMA,COMPUTED,,,,,,1,4,false,0,0,PUBLISHED,VERIFIED_SINGLE,");
	}

	@Test
	void marksADerivedAchievementLevelInTheBulkIndexValues() throws IOException {
		String indexValues = new String(unzip(bulk()).get("index_values.csv"), StandardCharsets.UTF_8);
		assertThat(indexValues.split("\n")).filteredOn((line) -> line.contains(",36.71,Kota Tangerang,"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(",99.95,FINAL,TUNTAS_UTAMA,COMPUTED,"));
	}

	@Test
	void refusesAnUnknownOrMalformedParameterNamingIt() {
		expectProblem("/export/rankings.csv?edition=2025&category=VILLAGE", 400, "category",
				"'VILLAGE' is not one of PROVINCE, REGENCY, CITY");
		expectProblem("/export/rankings.csv?edition=2025&category=CITY&provnceCode=36", 400, "provnceCode",
				"Unknown query parameter 'provnceCode'");
		expectProblem("/export/rankings.csv?edition=2025&category=CITY&provinceCode=36.71", 400, "provinceCode",
				"not a province code");
		expectProblem("/export/rankings.csv?category=CITY", 400, "edition", "'edition' is required");
		expectProblem("/export/rankings.csv?edition=1999&category=CITY", 404, "edition",
				"Argument 'edition': there is no SPM Awards edition in 1999; the editions are 2022, 2023, 2024, 2025");
		expectProblem("/export/achievements.csv", 400, "fiscalYear", "'fiscalYear' is required");
		expectProblem("/export/winners.csv?page=2", 400, "page", "Unknown query parameter 'page'");
		expectProblem("/export/bulk?format=xlsx", 400, "format", "this export takes no parameters");
	}

	@Test
	void exportsTheWinnersAsTheWinnersFieldFiltersThem() {
		String csv = get("/export/winners.csv?category=CITY&regionCode=36.71",
				"attachment; filename=\"winners-city-36.71.csv\"");
		assertThat(csv.split("\n")).hasSize(4).allSatisfy((line) -> assertThat(line).doesNotContain(",PROVINCE,"));
	}

	@Test
	void startsEveryCsvWithAByteOrderMarkForExcelWhenAskedTo() {
		for (String export : List.of("/export/rankings.csv?edition=2025&category=CITY",
				"/export/winners.csv?category=CITY", "/export/achievements.csv?fiscalYear=2024")) {
			byte[] plain = body(export);
			byte[] marked = body(export + "&bom=true");
			assertThat(Arrays.copyOf(marked, 3)).as(export).containsExactly(0xEF, 0xBB, 0xBF);
			assertThat(Arrays.copyOfRange(marked, 3, marked.length)).as(export).isEqualTo(plain);
			assertThat(body(export + "&bom=false")).as(export).isEqualTo(plain);
			assertThat(plain[0]).as(export).isNotEqualTo((byte) 0xEF);
		}
		expectProblem("/export/winners.csv?bom=yes", 400, "bom", "Query parameter 'bom' is true or false, not 'yes'");
	}

	@Test
	void exportsTheSameRowsAsNdjsonWithNumbersAsNumbersAndCodesAsText() {
		for (String export : List.of("/export/rankings.%s?edition=2025&category=CITY",
				"/export/winners.%s?category=CITY", "/export/achievements.%s?fiscalYear=2024")) {
			String[] csv = new String(body(export.formatted("csv")), StandardCharsets.UTF_8).split("\n");
			List<String> ndjson = new String(body(export.formatted("ndjson")), StandardCharsets.UTF_8).lines().toList();
			assertThat(ndjson).as(export).hasSize(csv.length - 1);
			if (!ndjson.isEmpty()) {
				JsonNode first = new ObjectMapper().readTree(ndjson.get(0));
				assertThat(first.propertyNames()).as(export).containsExactly(csv[0].split(","));
			}
		}
		this.client.get()
			.uri("/export/rankings.ndjson?edition=2025&category=CITY")
			.exchange()
			.expectHeader()
			.contentType("application/x-ndjson")
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"ranking-2025-city-overall.ndjson\"");
		// Kota Tangerang: 99.95 published, 1st of the two cities held
		JsonNode tangerang = new ObjectMapper()
			.readTree(new String(body("/export/rankings.ndjson?edition=2025&category=CITY"), StandardCharsets.UTF_8)
				.split("\n")[0]);
		assertThat(tangerang.get("edition").isNumber()).isTrue();
		assertThat(tangerang.get("region_code").asString()).isEqualTo("36.71");
		assertThat(tangerang.get("value").decimalValue()).isEqualByComparingTo("99.95");
		assertThat(tangerang.get("coverage_complete").isBoolean()).isTrue();
		assertThat(tangerang.get("national_rank").isNull()).isTrue();
		expectProblem("/export/winners.ndjson?bom=true", 400, "bom", "Unknown query parameter 'bom'");
	}

	@Test
	void exportsTheSameRowsAsAWorkbookWithCodesAsTextADictionaryAndTheSources() throws IOException {
		for (String export : List.of("/export/rankings.%s?edition=2025&category=CITY",
				"/export/winners.%s?category=CITY", "/export/achievements.%s?fiscalYear=2024", "/export/winners.%s")) {
			List<CSVRecord> csv = CSVFormat.RFC4180
				.parse(new StringReader(new String(body(export.formatted("csv")), StandardCharsets.UTF_8)))
				.getRecords();
			try (ReadableWorkbook workbook = new ReadableWorkbook(
					new ByteArrayInputStream(body(export.formatted("xlsx"))))) {
				assertThat(workbook.getSheets().map(Sheet::getName)).as(export)
					.containsExactly("data", "dictionary", "sources");
				List<Row> rows = workbook.findSheet("data").orElseThrow().read();
				assertThat(rows).as(export).hasSize(csv.size());
				for (int line = 0; line < csv.size(); line++) {
					for (int column = 0; column < csv.get(0).size(); column++) {
						String expected = csv.get(line).get(column);
						Cell cell = rows.get(line).getOptionalCell(column).orElse(null);
						String read = (cell != null) ? cell.getText() : "";
						if (line > 0 && cell != null && cell.getType() == CellType.NUMBER) {
							assertThat(new BigDecimal(read)).as(export).isEqualByComparingTo(expected);
						}
						else {
							assertThat(read).as(export + " line " + line + " column " + column).isEqualTo(expected);
						}
					}
				}
				List<Row> dictionary = workbook.findSheet("dictionary").orElseThrow().read();
				assertThat(dictionary).as(export).hasSize(csv.get(0).size() + 1);
			}
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(body("/export/rankings.xlsx?edition=2025&category=CITY")))) {
			Row tangerang = workbook.findSheet("data").orElseThrow().read().get(1);
			// the code a spreadsheet would read as 36.71 anyway; a text cell all the same
			assertThat(tangerang.getCell(11).getType()).isEqualTo(CellType.STRING);
			assertThat(tangerang.getCell(11).getText()).isEqualTo("36.71");
			assertThat(tangerang.getCell(16).getType()).isEqualTo(CellType.NUMBER);
			assertThat(tangerang.getCell(16).asNumber()).isEqualByComparingTo("99.95");
			assertThat(tangerang.getCell(27).getType()).isEqualTo(CellType.BOOLEAN);
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body("/export/winners.xlsx")))) {
			List<Row> sources = workbook.findSheet("sources").orElseThrow().read();
			assertThat(sources.get(0).getCell(0).getText()).isEqualTo("source");
			assertThat(sources).hasSizeGreaterThan(5)
				.allSatisfy((row) -> assertThat(row.getCell(0).getText()).matches("source|https?://\\S+"));
		}
		this.client.get()
			.uri("/export/rankings.xlsx?edition=2025&category=CITY")
			.exchange()
			.expectHeader()
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"ranking-2025-city-overall.xlsx\"");
		expectProblem("/export/winners.xlsx?bom=true", 400, "bom", "Unknown query parameter 'bom'");
	}

	private byte[] body(String uri) {
		return Downloads.body(this.client, uri);
	}

	private void expectProblem(String uri, int status, String parameter, String detail) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.parameter")
			.isEqualTo(parameter)
			.jsonPath("$.detail")
			.value((message) -> assertThat((String) message).contains(detail));
	}

	@Test
	void hasNoImportEndpointsWithoutAnAdminToken() {
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer anything")
			.bodyValue("region_code,service_type,target,served,quality_pct\n")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void bundlesEveryTableWithADictionaryAndChecksumsIdenticallyEachTime() throws IOException {
		byte[] first = bulk();
		byte[] second = bulk();
		assertThat(second).isEqualTo(first);
		Map<String, byte[]> entries = unzip(first);
		assertThat(entries.keySet()).startsWith("README.md", "regions.csv")
			.contains("winners.csv", "index_values.csv", "achievements.csv", "SOURCES/regions-SOURCE.md",
					"boundaries/regencies-overview.geojson", "boundaries/provinces-detail.geojson",
					"boundaries/BOUNDARIES.md")
			.endsWith("datapackage.json", "SHA256SUMS");
		assertThat(new String(entries.get("README.md"), StandardCharsets.UTF_8)).contains("Dataset: OFFICIAL",
				"### winners.csv", "| `region_code` |", "## Boundaries",
				"`boundaries/regencies-overview.geojson`: The 416 regencies and 98 cities");
		JsonNode regencies = new ObjectMapper().readTree(entries.get("boundaries/regencies-overview.geojson"));
		assertThat(regencies.get("features")).hasSize(514);
		assertThat(new String(entries.get("SOURCES/regions-SOURCE.md"), StandardCharsets.UTF_8))
			.contains("MIT License");
		assertThat(new String(entries.get("regions.csv"), StandardCharsets.UTF_8).split("\n")).hasSize(553);
		String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (!entry.getKey().equals("SHA256SUMS")) {
				assertThat(sums).contains(sha256(entry.getValue()) + "  " + entry.getKey() + "\n");
			}
		}
	}

	@Test
	void describesTheBulkDownloadAsAFrictionlessDataPackage() throws IOException {
		Map<String, byte[]> entries = unzip(bulk());
		JsonNode descriptor = new ObjectMapper().readTree(entries.get("datapackage.json"));
		assertThat(descriptor.get("profile").asText()).isEqualTo("data-package");
		assertThat(descriptor.get("licenses").get(0).get("name").asText()).isEqualTo("MIT");
		JsonNode resources = descriptor.get("resources");
		assertThat(resources).hasSize(17);
		for (JsonNode resource : resources) {
			String path = resource.get("path").asText();
			assertThat(resource.get("hash").asText()).isEqualTo("sha256:" + sha256(entries.get(path)));
			if (resource.get("format").asText().equals("geojson")) {
				assertThat(resource.get("mediatype").asText()).isEqualTo("application/geo+json");
				continue;
			}
			String header = new String(entries.get(path), StandardCharsets.UTF_8).split("\n")[0];
			List<String> fields = new ArrayList<>();
			resource.get("schema").get("fields").forEach((field) -> fields.add(field.get("name").asText()));
			assertThat(String.join(",", fields)).isEqualTo(header);
		}
		JsonNode regions = resources.get(0).get("schema").get("fields");
		assertThat(regions.get(0).get("name").asText()).isEqualTo("code");
		assertThat(regions.get(0).get("type").asText()).isEqualTo("string");
		assertThat(regions.get(5).get("name").asText()).isEqualTo("population_total");
		assertThat(regions.get(5).get("type").asText()).isEqualTo("integer");
	}

	private String get(String uri, String disposition) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private byte[] bulk() {
		return this.client.get()
			.uri("/export/bulk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	static Map<String, byte[]> unzip(byte[] archive) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
