package org.spmawards.api.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maps on the demo dataset, whose rankings are complete: the city map of the 2025 edition
 * carries exactly the values and ranks of {@code rankings}, and the maps stay within
 * their sizes as the service sends them (gzip).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class DemoMapTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void drawsTheCityRankingOf2025WithItsValuesAndRanks() {
		JsonNode map = JSON.readTree(get("/map/regions.geojson?level=CITY&edition=2025", false).body());
		assertThat(map.get("dataset").asString()).isEqualTo("DEMO");
		assertThat(map.get("rankKind").asString()).isEqualTo("NATIONAL");
		Map<String, String> drawn = new TreeMap<>();
		for (JsonNode feature : map.get("features")) {
			JsonNode properties = feature.get("properties");
			drawn.put(feature.get("id").asString(), properties.get("value").asString() + " #"
					+ properties.get("rank").asInt() + " " + properties.get("verification").asString());
		}
		assertThat(drawn).hasSize(98);
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port + "/graphql")
			.build();
		Map<String, String> ranked = new TreeMap<>();
		HttpGraphQlTester.create(client)
			.document("{ rankings(edition: 2025, category: CITY, first: 100) { nodes { region { code } value rank"
					+ " provenance { verification } } } }")
			.execute()
			.path("rankings.nodes")
			.entityList(Map.class)
			.get()
			.forEach((node) -> ranked.put((String) ((Map<?, ?>) node.get("region")).get("code"), node.get("value")
					+ " #" + node.get("rank") + " " + ((Map<?, ?>) node.get("provenance")).get("verification")));
		assertThat(drawn).isEqualTo(ranked);
	}

	@Test
	void keepsTheMapsWithinTheirSizes() {
		assertThat(gzipped("/map/regions.geojson?level=REGENCY&edition=2025")).isLessThanOrEqualTo(600 * 1024);
		assertThat(gzipped("/map/regions.topojson?level=REGENCY&edition=2025")).isLessThanOrEqualTo(250 * 1024);
		// the largest province at detail: Papua Barat Daya, outline and regencies
		assertThat(gzipped("/map/regions.geojson?level=REGENCY&provinceCode=96&resolution=DETAIL&edition=2025"))
			.isLessThanOrEqualTo(300 * 1024);
	}

	/**
	 * The size the service sends a map in with gzip, checked against gzip -9 of the
	 * plain.
	 */
	private int gzipped(String uri) {
		HttpResponse<byte[]> compressed = get(uri, true);
		assertThat(compressed.headers().firstValue("Content-Encoding")).as(uri).contains("gzip");
		byte[] plain = get(uri, false).body();
		assertThat(compressed.body().length).as(uri).isLessThan(plain.length / 3);
		ByteArrayOutputStream best = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(best) {
			{
				this.def.setLevel(9);
			}
		}) {
			gzip.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Math.max(compressed.body().length, best.size());
	}

	@Test
	void marksTheMapPictureOfDemoDataAsDemo() {
		String svg = new String(get("/map/regions.svg?level=REGENCY&edition=2025", false).body(),
				StandardCharsets.UTF_8);
		assertThat(svg).contains("DEMO: data sintetis", "416 dari 416 kabupaten memiliki nilai");
		assertThat(new String(get("/map/regions.svg?level=CITY&edition=2025&lang=en", false).body(),
				StandardCharsets.UTF_8))
			.contains("DEMO: synthetic data", "98 of 98 cities have a value")
			.contains("id='dot-36.71'");
	}

	@Test
	void chartsTheTopAndBottomOfALongRanking() {
		String svg = new String(get("/charts/ranking.svg?edition=2025&category=REGENCY&top=5", false).body(),
				StandardCharsets.UTF_8);
		assertThat(svg).contains("Indeks SPM: 5 kabupaten teratas dan terbawah, SPM Awards 2025 (tahun anggaran 2024)",
				"416 dari 416 kabupaten dalam peringkat; peringkat nasional", "DEMO: data sintetis", "…");
		assertThat(svg.split("id='bar-", -1)).hasSize(11);
	}

	private HttpResponse<byte[]> get(String uri, boolean gzip) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + uri))
			.header("Accept-Encoding", gzip ? "gzip" : "identity")
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(uri).isEqualTo(200);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
