package org.spmawards.api.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.test.FullYear;
import org.spmawards.persistence.test.JdbcSession;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits per client, with loopback treated as any other address: a client over its
 * rate gets 429 with {@code Retry-After} while other clients and the health probes go on;
 * a connection that sends nothing, or stops halfway through its headers, is closed; an
 * address over its connection limit has its extra connections closed; an import that
 * waits for another is not cut by the read timeout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.guard.exempt-loopback=false", "spm.guard.requests-per-minute=60",
		"spm.guard.burst=5", "spm.guard.max-connections-per-client=4", "spm.guard.read-timeout=1s",
		"server.netty.idle-timeout=3s", "spm.admin-token=guard-token", "spm.test-database.name=guard" })
class GuardTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void answers429WithRetryAfterToAClientOverItsRate() throws Exception {
		for (int request = 0; request < 5; request++) {
			assertThat(get("/graphql/schema", null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = get("/graphql/schema", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		// one request a second comes back
		assertThat(refused.headers().firstValue("Retry-After")).contains("1");
		assertThat(refused.body()).contains("Too many requests from this client: at most 60 a minute, 5 at once",
				"\"retryAfterSeconds\":1");
		// an invented token is the same client; the admin, by its token, and the probes
		// are not held back
		assertThat(get("/graphql/schema", "Bearer invented").statusCode()).isEqualTo(429);
		assertThat(get("/graphql/schema", "Bearer guard-token").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		Thread.sleep(1100);
		assertThat(get("/graphql/schema", null).statusCode()).isEqualTo(200);
	}

	@Test
	void countsOperationsOverAWebSocketAgainstTheBucketOfItsClientsHttpRequests() throws Exception {
		// a full bucket: 5 at once, one of them taken by the WebSocket's upgrade request
		Thread.sleep(5100);
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			for (int operation = 0; operation < 50; operation++) {
				client.subscribe("q" + operation, "{ editions { year } }");
			}
			List<Map<String, Object>> answers = client.collect(Duration.ofSeconds(3));
			long answered = answers.stream().filter((answer) -> "next".equals(answer.get("type"))).count();
			List<Map<String, Object>> refused = answers.stream()
				.filter((answer) -> "error".equals(answer.get("type")))
				.toList();
			assertThat(answered).isBetween(1L, 6L);
			assertThat(refused).hasSize(50 - (int) answered).allSatisfy((error) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> first = ((List<Map<String, Object>>) error.get("payload")).get(0);
				assertThat((String) first.get("message")).startsWith("Too many operations from this client: at most"
						+ " 60 a minute, 5 at once (spm.guard.requests-per-minute, spm.guard.burst)");
				assertThat(first.get("extensions"))
					.isEqualTo(Map.of("classification", "TOO_MANY_REQUESTS", "retryAfterSeconds", 1));
			});
			assertThat(client.closed()).isNotDone();
		}
		// one bucket for both transports: HTTP requests empty it, then a second's token
		// lets the upgrade through and the operations are refused
		Thread.sleep(5100);
		while (get("/graphql/schema", null).statusCode() != 429) {
			// emptying the bucket
		}
		Thread.sleep(1100);
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			for (int operation = 0; operation < 10; operation++) {
				client.subscribe("q" + operation, "{ editions { year } }");
			}
			assertThat(client.collect(Duration.ofSeconds(1))).filteredOn((answer) -> "error".equals(answer.get("type")))
				.hasSizeGreaterThanOrEqualTo(9);
		}
		Thread.sleep(5100);
	}

	@Test
	void closesConnectionsThatSendNothingOrStopHalfwayThroughTheirRequest() throws IOException {
		try (Socket silent = connect(); Socket partialHeaders = connect(); Socket partialBody = connect()) {
			send(partialHeaders, "GET /graphql/schema HTTP/1.1\r\nHost: localhost\r\n");
			send(partialBody, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{\"query\":");
			// half a body: closed by the read timeout (1 s)
			assertThat(readUntilClosed(partialBody, Duration.ofMillis(2500))).isTrue();
			// half the headers, or nothing: closed by the idle timeout (3 s)
			assertThat(readUntilClosed(partialHeaders, Duration.ofSeconds(5))).isTrue();
			assertThat(readUntilClosed(silent, Duration.ofSeconds(5))).isTrue();
		}
	}

	private static void send(Socket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
	}

	@Test
	void closesTheConnectionsOfAnAddressOverItsLimit() throws Exception {
		// the HTTP client's kept-alive connections are closed by the idle timeout first
		Thread.sleep(3500);
		List<Socket> sockets = new ArrayList<>();
		try {
			for (int connection = 0; connection < 5; connection++) {
				sockets.add(connect());
			}
			// one is closed at once (the last to be accepted), the others stay open
			List<Boolean> closed = new ArrayList<>();
			for (Socket socket : sockets) {
				closed.add(readUntilClosed(socket, Duration.ofMillis(300)));
			}
			assertThat(closed).as("closed at once, by connection").containsOnlyOnce(true);
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	@Test
	void letsAnImportWaitForAnotherImportOfTheYearPastTheReadTimeout(@Autowired ReferenceDataCache referenceData,
			@Autowired Environment environment) throws Exception {
		// a full year: more than the socket buffers hold, so the body is still arriving
		// when
		// the import has to wait for the year's lock
		String file = FullYear.file(referenceData.get().block(), 0);
		try (JdbcSession other = JdbcSession.open(environment)) {
			other.holdImportLock(2024);
			CompletableFuture<HttpResponse<String>> answer = this.http.sendAsync(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port
						+ "/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/a.csv"))
				.header("Authorization", "Bearer guard-token")
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(file))
				.build(), HttpResponse.BodyHandlers.ofString());
			// the other import holds the lock for twice the read timeout (1 s)
			Thread.sleep(2000);
			assertThat(answer).isNotDone();
			other.rollback();
			assertThat(answer.get(30, TimeUnit.SECONDS).body()).contains("\"status\":\"IMPORTED\"");
		}
	}

	private Socket connect() throws IOException {
		return new Socket("127.0.0.1", this.port);
	}

	/** Whether the server closes the connection within a time, reading what it sends. */
	private static boolean readUntilClosed(Socket socket, Duration within) throws IOException {
		long deadline = System.nanoTime() + within.toNanos();
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[4096];
		while (System.nanoTime() < deadline) {
			socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
			try {
				if (in.read(buffer) < 0) {
					return true;
				}
			}
			catch (SocketTimeoutException ex) {
				return false;
			}
			catch (IOException ex) {
				// reset: closed
				return true;
			}
		}
		return false;
	}

	private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
