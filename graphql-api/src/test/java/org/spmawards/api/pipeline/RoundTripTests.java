package org.spmawards.api.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.SpmAwardsApplication;
import org.spmawards.persistence.config.DatabaseUrlEnvironmentPostProcessor;
import org.spmawards.persistence.test.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The achievements export is a valid import file: exported from one service, imported
 * into another with an empty database, and exported again, it gives the same bytes.
 */
class RoundTripTests {

	static final String TOKEN = "round-trip-token";

	@Test
	void exportImportExportGivesTheSameBytes() {
		StringBuilder file = new StringBuilder("region_code,service_type,target,served,quality_pct\n");
		// a province, a regency and a city, with every figure unknown once, a quoted cell
		// and an extra column
		file.append("36,EDU-P-1,12000,11000,88.5\n36,EDU-P-2,0,0,\n36.01,EDU-K-1,\"5000\",4800,91\n");
		file.append("36.71,HEA-K-1,100,120,90\n36.71,HEA-K-2,,,\n");
		String source = "&sourceUrl=https://example.org/spm-2024.csv";
		try (ConfigurableApplicationContext first = start("roundtrip_a");
				ConfigurableApplicationContext second = start("roundtrip_b")) {
			WebTestClient original = client(first);
			WebTestClient copy = client(second);
			String checksum = importFile(original, file.toString(), source);
			String exported = export(original);
			String checksumAgain = importFile(copy, exported, source);
			String exportedAgain = export(copy);
			// the same rows; each note names the file its service imported them from
			assertThat(exportedAgain.replace(checksumAgain, checksum)).isEqualTo(exported);
			assertThat(exported.split("\n")).hasSize(6);
			assertThat(exported)
				.contains("Imported with the token 'admin' from the file " + checksum + "; published at");
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spm.admin-token=" + TOKEN));
		for (Map.Entry<String, Object> property : DatabaseUrlEnvironmentPostProcessor
			.connectionProperties(TestDatabase.named(database))
			.entrySet()) {
			arguments.add("--" + property.getKey() + "=" + property.getValue());
		}
		return new SpringApplicationBuilder(SpmAwardsApplication.class).run(arguments.toArray(String[]::new));
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	/** Imports a file and returns its checksum. */
	private static String importFile(WebTestClient client, String file, String source) {
		Map<?, ?> report = client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024" + source)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(report.get("status")).isEqualTo("IMPORTED");
		return (String) ((Map<?, ?>) report.get("revision")).get("checksum");
	}

	private static String export(WebTestClient client) {
		return new String(client.get()
			.uri("/export/achievements.csv?fiscalYear=2024")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
