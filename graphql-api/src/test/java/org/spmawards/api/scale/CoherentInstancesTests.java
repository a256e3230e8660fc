package org.spmawards.api.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spmawards.SpmAwardsApplication;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.test.TestDatabase;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: an import through one is seen through the other, whose
 * response cache held the old answer, as soon as the change is notified (the periodic
 * check is set to an hour here, so only the notification can tell it).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=coherence", "spm.admin-token=coherence-token",
		"spm.data-version.check-interval=1h" })
class CoherentInstancesTests {

	private static final String RANKING = "{\"query\":\"{ rankings(edition: 2025, category: CITY, sector: HEALTH)"
			+ " { coverage { regionsWithValue incompleteLeftOut } } }\"}";

	private static final String FILE = "region_code,service_type,target,served,quality_pct\n"
			+ "36.71,HEA-K-1,100,120,90\n36.74,HEA-K-1,100,90,100\n";

	private static ConfigurableApplicationContext other;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startAnotherInstance() {
		DatabaseUrl database = TestDatabase.named("coherence");
		other = new SpringApplicationBuilder(SpmAwardsApplication.class).run("--server.port=0",
				"--spm.database-url=" + TestDatabase.url(database, database.host(), database.port()),
				"--spring.r2dbc.pool.max-size=2", "--spring.r2dbc.pool.initial-size=1",
				"--spm.data-version.check-interval=1h", "--management.server.port=-1");
	}

	@AfterAll
	static void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void anImportThroughOneInstanceIsSeenThroughTheOther() throws Exception {
		int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
		String before = graphQl(otherPort);
		// asked twice: the second answer comes from the other instance's response cache
		assertThat(graphQl(otherPort)).isEqualTo(before).contains("\"incompleteLeftOut\":0");

		HttpResponse<String> imported = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
			.header("Authorization", "Bearer coherence-token")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(FILE))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(imported.body()).contains("\"status\":\"IMPORTED\"");
		long committed = System.nanoTime();

		String after = before;
		long deadline = committed + Duration.ofSeconds(5).toNanos();
		while (after.equals(before) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			after = graphQl(otherPort);
		}
		long seenMillis = Duration.ofNanos(System.nanoTime() - committed).toMillis();
		System.out.println("The other instance saw the import " + seenMillis + " ms after it committed");
		// two cities with 1 of their 12 health services: computed, too incomplete to rank
		assertThat(after).contains("\"incompleteLeftOut\":2");
	}

	private String graphQl(int port) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(RANKING))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
