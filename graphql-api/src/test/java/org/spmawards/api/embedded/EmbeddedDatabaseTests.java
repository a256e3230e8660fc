package org.spmawards.api.embedded;

import org.junit.jupiter.api.Test;
import org.spmawards.SpmAwardsApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Runs the service as the README's run command does, with no database configured: it must
 * start its own PostgreSQL, migrate it and answer.
 */
class EmbeddedDatabaseTests {

	@Test
	void startsWithItsOwnDatabaseWhenNoneIsConfigured() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SpmAwardsApplication.class)
			.run("--server.port=0", "--spm.database-url=")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port + "/graphql")
				.build();
			HttpGraphQlTester.create(client)
				.document("{ provinces: regions(level: PROVINCE) { totalCount } region(code: \"36.71\") { name } }")
				.execute()
				.path("provinces.totalCount")
				.entity(Integer.class)
				.isEqualTo(38)
				.path("region.name")
				.entity(String.class)
				.isEqualTo("Kota Tangerang");
		}
	}

}
