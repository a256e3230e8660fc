package org.spmawards.api.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer as HTTP sees it (its behaviour in a browser is in {@code ExplorerTests}):
 * every asset comes from the service and the page weighs at most 300 KB as sent (gzip),
 * and every trusted document it sends by its hash answers over GET.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class ExplorerPageTests {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"#?]+\\.(?:js|css|svg))\"");

	private static final Pattern DOCUMENT = Pattern.compile("graphql\\('(\\w+)'");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void loadsEveryAssetFromTheServiceInAtMost300KilobytesGzipped() {
		String page = body("/explore", false);
		Map<String, Integer> sizes = new LinkedHashMap<>();
		sizes.put("explore", sent("/explore"));
		Matcher assets = ASSET.matcher(page);
		while (assets.find()) {
			assertThat(assets.group(1)).as("assets come from the service")
				.doesNotStartWith("http")
				.doesNotStartWith("//");
			sizes.put(assets.group(1), sent("/" + assets.group(1)));
		}
		assertThat(sizes).containsKeys("webjars/leaflet/dist/leaflet.js", "webjars/uplot/dist/uPlot.iife.min.js",
				"explore/explore.js", "explore/explore.css");
		int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(total).as("the explorer's page and assets, gzipped: %s", sizes).isLessThanOrEqualTo(300 * 1024);
	}

	@Test
	void sendsOnlyTrustedDocumentsThatAnswerOverGetByTheirHash() {
		String script = body("/explore/explore.js", false);
		Set<String> used = new LinkedHashSet<>();
		Matcher documents = DOCUMENT.matcher(script);
		while (documents.find()) {
			used.add(documents.group(1));
		}
		assertThat(used).containsExactly("explorerRanking", "explorerRegion", "explorerSetup");
		Map<String, String> hashes = new LinkedHashMap<>();
		for (JsonNode document : JSON.readTree(body("/graphql/documents", false)).get("documents")) {
			hashes.put(document.get("name").asString(), document.get("sha256").asString());
		}
		assertThat(hashes).containsKeys(used.toArray(String[]::new));
		JsonNode setup = persisted("explorerSetup", hashes.get("explorerSetup"), "{}");
		assertThat(setup.at("/data/dataset/kind").asString()).isEqualTo("DEMO");
		assertThat(setup.at("/data/methodology/achievementLevels")).hasSize(6);
		JsonNode ranking = persisted("explorerRanking", hashes.get("explorerRanking"),
				"{\"edition\":2025,\"category\":\"REGENCY\",\"sector\":\"HEALTH\"}");
		assertThat(ranking.at("/data/rankings/totalCount").asInt()).isEqualTo(416);
		assertThat(ranking.at("/data/rankings/nodes")).hasSize(100);
		JsonNode region = persisted("explorerRegion", hashes.get("explorerRegion"),
				"{\"code\":\"36.71\",\"edition\":2025,\"sector\":\"HEALTH\"}");
		assertThat(region.at("/data/region/awards")).hasSize(3);
		assertThat(region.at("/data/sectorDetail/services")).hasSize(12);
	}

	private JsonNode persisted(String name, String sha256, String variables) {
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256 + "\"}}";
		JsonNode answer = JSON.readTree(body("/graphql?operationName=" + name + "&variables=" + encode(variables)
				+ "&extensions=" + encode(extensions), false));
		assertThat(answer.has("errors")).as("%s: %s", name, answer).isFalse();
		return answer;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The bytes the service sends for a path to a browser that accepts gzip. */
	private int sent(String path) {
		HttpResponse<byte[]> response = get(path, true);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body().length;
	}

	private String body(String path, boolean gzip) {
		HttpResponse<byte[]> response = get(path, gzip);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Encoding", gzip ? "gzip" : "identity")
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
