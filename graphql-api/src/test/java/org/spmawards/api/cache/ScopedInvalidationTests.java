package org.spmawards.api.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.spmawards.api.support.StatementCounter;
import org.spmawards.persistence.test.WithTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import of one fiscal year evicts only the answers that read it: on official data,
 * after Kota Makassar's 2024 value is imported, the cities' ranking of the 2025 edition
 * (fiscal year 2024) and Kota Makassar's trend (every year) are answered anew with the
 * new value, while the provinces' ranking of the 2022 edition (fiscal year 2021, with the
 * ranks of the year before), a field's detail of fiscal year 2022 and the list of fields
 * are served from memory, unchanged and without a statement, their ETags the same (a
 * client's copy gets 304); the old ranking's cursors still page on, the new one's are
 * stale.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@Import(StatementCounter.class)
@TestPropertySource(properties = { "spm.test-database.name=scoped_invalidation", "spm.admin-token=scope-token" })
class ScopedInvalidationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CITIES_2025 = "{ rankings(edition: 2025, category: CITY) {"
			+ " nodes { rank value region { code } } pageInfo { endCursor } } }";

	private static final String PROVINCES_2022 = "{ rankings(edition: 2022, category: PROVINCE, first: 1) {"
			+ " nodes { rank value region { code } } pageInfo { endCursor } } }";

	private static final String DETAIL_2022 = "{ sectorDetail(edition: 2023, regionCode: \"36.71\", sector: HEALTH) {"
			+ " fiscalYear index rank } }";

	private static final String SECTORS = "{ sectors { code name } }";

	private static final String MAKASSAR_TREND = "{ region(code: \"73.71\") { indexes { fiscalYear value } } }";

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	@Test
	void anImportOfAYearEvictsOnlyTheAnswersThatReadIt() {
		WebClient client = WebClient.create("http://127.0.0.1:" + this.port);
		Map<String, String> before = new LinkedHashMap<>();
		for (String document : new String[] { CITIES_2025, PROVINCES_2022, DETAIL_2022, SECTORS, MAKASSAR_TREND }) {
			before.put(document, ask(client, document));
		}
		this.statements.reset();
		before.forEach((document, answer) -> assertThat(ask(client, document)).isEqualTo(answer));
		assertThat(this.statements.count()).as("every answer is in memory").isZero();
		String provincesETag = get(client, PROVINCES_2022, null).getHeaders().getETag();
		String citiesETag = get(client, CITIES_2025, null).getHeaders().getETag();

		importMakassar2024(client);

		// the answers that read 2024 change (made again by a reader or by the warming)
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(ask(client, CITIES_2025)).isNotEqualTo(before.get(CITIES_2025)).contains("99.9");
			assertThat(ask(client, MAKASSAR_TREND)).isNotEqualTo(before.get(MAKASSAR_TREND)).contains("99.9");
		});
		this.statements.reset();
		for (String untouched : new String[] { PROVINCES_2022, DETAIL_2022, SECTORS }) {
			assertThat(ask(client, untouched)).as(untouched).isEqualTo(before.get(untouched));
		}
		assertThat(this.statements.texts()).as("the untouched answers come from memory").isEmpty();

		// a browser or a CDN keeps its copy of the untouched answer, and only of it
		ResponseEntity<String> provinces = get(client, PROVINCES_2022, provincesETag);
		assertThat(provinces.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(provinces.getHeaders().getETag()).isEqualTo(provincesETag);
		assertThat(provinces.getBody()).isNull();
		ResponseEntity<String> cities = get(client, CITIES_2025, citiesETag);
		assertThat(cities.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cities.getHeaders().getETag()).isNotEqualTo(citiesETag);
		assertThat(cities.getBody()).contains("99.9");

		String provincesCursor = endCursor(before.get(PROVINCES_2022));
		JsonNode next = JSON.readTree(ask(client, "{ rankings(edition: 2022, category: PROVINCE, first: 5, after: \""
				+ provincesCursor + "\") { nodes { rank } } }"));
		assertThat(next.has("errors")).as(next.toString()).isFalse();
		// the second of the two provinces ranked in fiscal year 2021
		assertThat(next.at("/data/rankings/nodes")).hasSize(1);
		String citiesCursor = endCursor(before.get(CITIES_2025));
		assertThat(ask(client,
				"{ rankings(edition: 2025, category: CITY, after: \"" + citiesCursor + "\") { nodes { rank } } }"))
			.contains("The data changed since this cursor was given");
	}

	private void importMakassar2024(WebClient client) {
		String report = client.post()
			.uri("/admin/imports/index-values?fiscalYear=2024&sourceUrl=https://example.org/a-test-publication")
			.header("Authorization", "Bearer scope-token")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("region_code,sector,value,national_rank\n73.71,,99.90,\n")
			.retrieve()
			.bodyToMono(String.class)
			.block();
		assertThat(JSON.readTree(report).get("status").asString()).as(report).isEqualTo("IMPORTED");
	}

	private static String endCursor(String answer) {
		return JSON.readTree(answer).at("/data/rankings/pageInfo/endCursor").asString();
	}

	/**
	 * A GraphQL request over GET, as a browser or a CDN sends it, with its copy's ETag if
	 * any.
	 */
	private static ResponseEntity<String> get(WebClient client, String document, @Nullable String etag) {
		return client.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build(document))
			.headers((headers) -> {
				if (etag != null) {
					headers.setIfNoneMatch(etag);
				}
			})
			.exchangeToMono((response) -> response.toEntity(String.class))
			.block();
	}

	private static String ask(WebClient client, String document) {
		return client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.retrieve()
			.bodyToMono(String.class)
			.block();
	}

}
