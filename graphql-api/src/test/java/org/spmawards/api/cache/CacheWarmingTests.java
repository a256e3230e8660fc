package org.spmawards.api.cache;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an import, the requests made most often are answered again in the background, so
 * that the next reader's request is answered from memory, with the new data.
 */
@GraphQlApiTest
@Import(StatementCounter.class)
@TestPropertySource(properties = { "spm.test-database.name=cache_warming", "spm.admin-token=warming-token" })
class CacheWarmingTests {

	private static final String HEALTH_OF_TANGERANG = """
			{ indexValues(filter: { fiscalYear: { equalTo: 2024 }, regionCode: { equalTo: "36.71" },
			    sector: { equalTo: HEALTH } }) { nodes { value origin } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	StatementCounter statements;

	@Autowired
	CacheWarming warming;

	@Test
	void answersAPopularRequestAgainAfterAnImportSoThatTheNextReaderFindsTheNewDataInMemory()
			throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			this.graphQl.document(HEALTH_OF_TANGERANG)
				.execute()
				.path("indexValues.nodes")
				.entityList(Object.class)
				.hasSize(0);
		}
		long warmedBefore = this.warming.warmed();
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/spm-2024.csv")
			.header("Authorization", "Bearer warming-token")
			.contentType(MediaType.valueOf("text/csv"))
			.bodyValue("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,77,100\n")
			.exchange()
			.expectStatus()
			.isOk();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (this.warming.warmed() == warmedBefore && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.warming.warmed()).isGreaterThan(warmedBefore);
		this.statements.reset();
		// 0.8 x 77 served of 100 + 0.2 x 100 quality
		this.graphQl.document(HEALTH_OF_TANGERANG)
			.execute()
			.path("indexValues.nodes[0].value")
			.entity(Double.class)
			.isEqualTo(81.6);
		assertThat(this.statements.count()).as("statements sent for the request after the import").isZero();
	}

}
