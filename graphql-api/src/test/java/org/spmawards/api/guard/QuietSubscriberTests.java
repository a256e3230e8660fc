package org.spmawards.api.guard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser tab waiting for award-night results, with the production intervals (pings
 * every 15 s, 30 s to answer one, a read timeout of 10 s): subscribed to
 * {@code dataChanged}, it sends nothing for a minute but the pongs its client answers
 * pings with, and still hears the import that comes then.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=quiet", "spm.admin-token=quiet-token" })
class QuietSubscriberTests {

	@LocalServerPort
	int port;

	@Test
	void staysSubscribedThroughAMinuteOfSilenceAndHearsAnImport() throws Exception {
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			client.subscribe("award-night", "subscription { dataChanged { version kind fiscalYear } }");
			assertThat(client.next(Duration.ofSeconds(60))).as("a message in a minute of silence").isNull();
			assertThat(client.closed()).as("closed after %s pings", client.pings()).isNotDone();
			assertThat(client.pings()).isPositive();
			HttpResponse<String> imported = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(
							URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
					.header("Authorization", "Bearer quiet-token")
					.header("Content-Type", "text/csv")
					.POST(HttpRequest.BodyPublishers
						.ofString("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,90,100\n"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(imported.body()).contains("\"status\":\"IMPORTED\"");
			Map<String, Object> event = client.next(Duration.ofSeconds(10));
			assertThat(event).containsEntry("type", "next").containsEntry("id", "award-night");
			assertThat(event.toString()).contains("kind=ACHIEVEMENTS", "fiscalYear=2024");
		}
	}

}
