package org.spmawards.api.operations;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and a load balancer see: public health with readiness that includes
 * the database and the reference data, info and metrics behind the admin token, GraphQL
 * timings by operation name, and one log line per request.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.admin-token=ops-token", "management.defaults.metrics.export.enabled=true",
		"management.prometheus.metrics.export.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Autowired
	WebTestClient client;

	@Test
	void reportsHealthToAnyoneWithTheDatabaseAndTheReferenceDataInReadiness() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer ops-token")
			.exchange()
			.expectBody()
			.jsonPath("$.groups")
			.value((groups) -> assertThat(groups.toString()).contains("liveness", "readiness"));
	}

	@Test
	void keepsInfoAndMetricsBehindTheAdminToken() {
		for (String endpoint : new String[] { "/actuator/info", "/actuator/prometheus", "/actuator/metrics" }) {
			this.client.get()
				.uri(endpoint)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		this.client.get()
			.uri("/actuator/info")
			.header(HttpHeaders.AUTHORIZATION, "Bearer ops-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.dataset")
			.isEqualTo("OFFICIAL")
			.jsonPath("$.data.version")
			.isNumber()
			.jsonPath("$.build.version")
			.isEqualTo("0.1.0-SNAPSHOT");
	}

	@Test
	void timesGraphQlRequestsByOperationNameAndLogsEachRequestInOneLine(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			this.client.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", "query operationsTestRegion($code: ID!) { region(code: $code) { name } }",
						"variables", Map.of("code", (i == 0) ? "36.71" : "81")))
				.exchange()
				.expectStatus()
				.isOk();
		}
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer ops-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).containsPattern(
				"graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"operationsTestRegion\"[^}]*graphql_outcome=\"SUCCESS\"[^}]*\\} [1-9]")
			.contains("cache_gets_total{cache=\"graphql.responses\"", "r2dbc_pool_");
		assertThat(output)
			.containsPattern("POST /graphql 200 \\d+ ms \\d+ B operation=operationsTestRegion cache=miss id=");
	}

}
