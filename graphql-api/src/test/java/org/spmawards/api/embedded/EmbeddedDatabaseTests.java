package org.spmawards.api.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spmawards.SpmAwardsApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the service as the README's run command does, with no database configured: it must
 * start its own PostgreSQL, migrate it and answer, keep its data in its folder across
 * restarts, and stop that PostgreSQL when it stops.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDirectory;

	@Test
	void startsWithItsOwnDatabaseWhenNoneIsConfigured() {
		try (ConfigurableApplicationContext context = start()) {
			graphQl(context)
				.document("{ provinces: regions(level: PROVINCE) { totalCount } region(code: \"36.71\") { name } }")
				.execute()
				.path("provinces.totalCount")
				.entity(Integer.class)
				.isEqualTo(38)
				.path("region.name")
				.entity(String.class)
				.isEqualTo("Kota Tangerang");
		}
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped").doesNotExist();
	}

	@Test
	void keepsAnImportAcrossARestart() {
		try (ConfigurableApplicationContext context = start()) {
			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port(context))
				.build()
				.post()
				.uri("/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/spm-2024.csv")
				.header(HttpHeaders.AUTHORIZATION, "Bearer restart-token")
				.contentType(MediaType.parseMediaType("text/csv"))
				.bodyValue("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,90,100\n")
				.exchange()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("IMPORTED");
		}
		assertThat(Files.exists(this.dataDirectory.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext context = start()) {
			graphQl(context).document("{ dataRevisions { totalCount nodes { kind fiscalYear sourceUrl } } }")
				.execute()
				.path("dataRevisions.totalCount")
				.entity(Integer.class)
				.isEqualTo(1)
				.path("dataRevisions.nodes[0].sourceUrl")
				.entity(String.class)
				.isEqualTo("https://example.org/spm-2024.csv");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SpmAwardsApplication.class).run("--server.port=0", "--spm.database-url=",
				"--spm.embedded-database.data-dir=" + this.dataDirectory, "--spm.admin-token=restart-token");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpGraphQlTester graphQl(ConfigurableApplicationContext context) {
		return HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port(context) + "/graphql").build());
	}

}
