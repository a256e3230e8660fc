package org.spmawards.api.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers, proxies and CDNs see over a real HTTP connection: ETags that change with
 * every import, {@code HEAD} wherever {@code GET} works, CORS for the public endpoints
 * only, and an oversized body refused with 413.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=http_caching", "spm.admin-token=s3cret-token" })
@ExtendWith(OutputCaptureExtension.class)
class HttpCachingTests {

	private static final String RANKING = "/graphql?query={query}";

	private static final String QUERY = "{ rankings(edition: 2025, category: CITY, sector: HEALTH) { totalCount } }";

	/** Every GET a URL names: GraphQL, the schema, the trusted documents, the exports. */
	private static final List<String> READS = List.of("/graphql?query=%7B%20sectors%20%7B%20code%20%7D%20%7D",
			"/graphql/schema", "/graphql/documents", "/export/rankings.csv?edition=2025&category=PROVINCE",
			"/export/winners.csv", "/export/achievements.csv?fiscalYear=2024", "/export/bulk",
			"/map/regions.geojson?level=CITY&edition=2025", "/map/regions.topojson?level=PROVINCE");

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
	}

	@Test
	void answersARepeatedGetWith304UntilAnImportChangesTheETag() {
		EntityExchangeResult<String> first = this.client.get()
			.uri(RANKING, QUERY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60))
				.cachePublic()
				.staleWhileRevalidate(Duration.ofSeconds(300)))
			.expectHeader()
			.exists(HttpHeaders.LAST_MODIFIED)
			.expectBody(String.class)
			.returnResult();
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).matches("\"[0-9a-f]{8}-[0-9]+-[0-9a-f]{32}\"");
		assertThat(first.getResponseBody()).contains("\"totalCount\":0");
		this.client.get()
			.uri(RANKING, QUERY)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/spm-2024.csv")
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cret-token")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("""
					region_code,service_type,target,served,quality_pct
					36.71,HEA-K-1,100,100,100
					""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("IMPORTED");
		EntityExchangeResult<String> after = this.client.get()
			.uri(RANKING, QUERY)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(after.getResponseHeaders().getETag()).isNotEqualTo(etag);
	}

	@Test
	void answersHeadWhereverGetIsAnsweredWithTheLengthAndNoBody() {
		for (String read : READS) {
			byte[] body = this.client.get()
				.uri(url(read))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			assertThat(body).as(read).isNotEmpty();
			// a download larger than CsvResponses.WHOLE_FILE is sent as it is made,
			// without a length
			long length = (body.length < CsvResponses.WHOLE_FILE) ? body.length : -1;
			this.client.method(HttpMethod.HEAD)
				.uri(url(read))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentLength(length)
				.expectHeader()
				.exists(HttpHeaders.ETAG)
				.expectBody()
				.isEmpty();
		}
	}

	@Test
	void letsPagesOnOtherOriginsReadThePublicEndpoints() {
		this.client.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
		for (String read : READS) {
			this.client.get()
				.uri(url(read))
				.header(HttpHeaders.ORIGIN, "http://example.org")
				.exchange()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		this.client.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://example.org")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sectors { code } }"))
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void neverLetsPagesOnOtherOriginsCallTheAdminEndpoints() {
		this.client.options()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.ORIGIN, "http://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.ORIGIN, "http://example.org")
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cret-token")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("region_code,service_type,target,served,quality_pct\n")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void refusesABodyOfOneMegabyteWith413AndLogsOneLine(CapturedOutput output) {
		String query = "{ sectors { code } }" + " ".repeat(1024 * 1024);
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).startsWith("The request is larger than 262144 bytes"));
		assertThat(output).contains("Refused a GraphQL request of more than 262144 bytes")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	/** A URL of the service from its path and query, already encoded. */
	private URI url(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

}
