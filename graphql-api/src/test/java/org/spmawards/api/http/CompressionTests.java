package org.spmawards.api.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gzip over a real HTTP connection, on the demo dataset, whose rankings are complete: a
 * ranking page of 100 entries and the large CSV exports shrink to a quarter or less.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class CompressionTests {

	/** Never decompresses: what it reads is what came over the wire. */
	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void compressesARankingPageOfAHundredEntriesToAQuarter() {
		String hash = TrustedDocuments.load().named("rankingTable").sha256();
		String uri = GraphQlOverHttpTests.graphQl(Map.of("variables", "{\"category\": \"REGENCY\", \"first\": 100}",
				"extensions", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}"))
			.toString();
		byte[] plain = get(uri, false).body();
		assertThat(new String(plain, StandardCharsets.UTF_8)).contains("\"rank\":100,");
		assertCompressedToAQuarter(uri, plain);
	}

	@Test
	void compressesTheCsvExportsToAQuarter() {
		// (the small winners.csv, 10 KB, comes to a quarter too, but with no margin)
		for (String export : List.of("/export/rankings.csv?edition=2025&category=REGENCY",
				"/export/achievements.csv?fiscalYear=2024")) {
			byte[] plain = get(export, false).body();
			assertThat(plain.length).as(export).isGreaterThan(8 * 1024);
			assertCompressedToAQuarter(export, plain);
		}
	}

	private void assertCompressedToAQuarter(String uri, byte[] plain) {
		HttpResponse<byte[]> compressed = get(uri, true);
		assertThat(compressed.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(uri).contains("gzip");
		byte[] gzip = compressed.body();
		assertThat(gunzip(gzip)).as(uri).isEqualTo(plain);
		assertThat(gzip.length).as(uri + ": " + gzip.length + " of " + plain.length + " bytes")
			.isLessThanOrEqualTo(plain.length / 4);
	}

	private HttpResponse<byte[]> get(String uri, boolean gzip) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + uri))
			.header(HttpHeaders.ACCEPT_ENCODING, gzip ? "gzip" : "identity")
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

	private static byte[] gunzip(byte[] compressed) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
