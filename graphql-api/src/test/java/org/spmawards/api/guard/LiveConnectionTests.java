package org.spmawards.api.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault-and-abuse suite of the live and cached surfaces, with the intervals shortened
 * by configuration (pings every second, 2 s to answer one, a read timeout of 1 s) so that
 * each case spans several of them: a quiet WebSocket subscriber that answers pings stays
 * and hears an import; one that stops answering is closed with 4408; 300 subscriptions on
 * one connection get a limit error each past the hundredth and the connection goes on; a
 * flood of messages is closed with 4429; malformed conditional headers, bytes a URL may
 * not hold, a stalled body and a huge argument get 4xx answers of a bounded size; and
 * none of it leaves a stack trace or an ERROR in the log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "spm.test-database.name=live", "spm.admin-token=live-token",
		"spring.graphql.websocket.keep-alive=1s", "spm.graphql.websocket.pong-timeout=2s",
		"spm.guard.read-timeout=1s" })
class LiveConnectionTests {

	private static final String DATA_CHANGED = "subscription { dataChanged { version kind fiscalYear } }";

	/** The routes whose answers carry an ETag. */
	private static final List<String> CACHED = List.of("/graphql?query=%7B%20editions%20%7B%20year%20%7D%20%7D",
			"/graphql/schema", "/graphql/documents", "/map/regions.geojson?level=PROVINCE",
			"/export/rankings.csv?edition=2025&category=PROVINCE");

	/** Each import a new figure, so that each changes the data. */
	private static final AtomicInteger served = new AtomicInteger(50);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void keepsAQuietSubscriberThatAnswersPingsAndTellsItOfAnImport(CapturedOutput output) throws Exception {
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			client.subscribe("1", DATA_CHANGED);
			// six read timeouts, three pong timeouts of silence but for the pongs
			assertThat(client.next(Duration.ofSeconds(6))).isNull();
			assertThat(client.closed()).isNotDone();
			assertThat(client.pings()).isGreaterThanOrEqualTo(2);
			importOneRow();
			Map<String, Object> event = client.next(Duration.ofSeconds(10));
			assertThat(event).containsEntry("type", "next").containsEntry("id", "1");
			assertThat(event.toString()).contains("kind=ACHIEVEMENTS", "fiscalYear=2024");
		}
		assertNoStackTraceOrError(output);
	}

	@Test
	void closesAClientThatStopsAnsweringPingsWith4408(CapturedOutput output) throws Exception {
		try (ProtocolClient client = ProtocolClient.connect(this.port, false)) {
			client.subscribe("1", DATA_CHANGED);
			String closed = client.closed().get(10, TimeUnit.SECONDS);
			assertThat(closed).isEqualTo("4408 No answer to a ping for 2 s (spm.graphql.websocket.pong-timeout)");
			assertThat(client.pings()).isPositive();
		}
		assertNoStackTraceOrError(output);
	}

	@Test
	void answersSubscriptionsPastTheLimitOfAConnectionWithAnErrorEachAndGoesOn(CapturedOutput output) throws Exception {
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			for (int subscription = 0; subscription < 300; subscription++) {
				client.subscribe("s" + subscription, DATA_CHANGED);
			}
			List<Map<String, Object>> answers = client.collect(Duration.ofSeconds(3));
			assertThat(answers).hasSize(200).allSatisfy((answer) -> {
				assertThat(answer).containsEntry("type", "error");
				assertThat(answer.toString()).contains("Too many operations on this connection: at most 100 at once"
						+ " (spm.graphql.websocket.max-operations)", "classification=TOO_MANY_REQUESTS");
			});
			// no stall: the connection still answers, and a hundred are subscribed
			client.send(Map.of("type", "ping"));
			assertThat(client.next(Duration.ofSeconds(5))).containsEntry("type", "pong");
			client.send(Map.of("id", "s0", "type", "complete"));
			client.subscribe("one-more", DATA_CHANGED);
			assertThat(client.next(Duration.ofSeconds(2))).as("a subscription in the place of one completed").isNull();
			importOneRow();
			assertThat(client.collect(Duration.ofSeconds(5))).hasSize(100)
				.allSatisfy((event) -> assertThat(event).containsEntry("type", "next"));
			assertThat(client.closed()).isNotDone();
		}
		assertNoStackTraceOrError(output);
	}

	/**
	 * Repeated: a close that resets the connection loses the close frame now and then.
	 */
	@RepeatedTest(10)
	void closesAConnectionThatFloodsItWith4429(CapturedOutput output) throws Exception {
		try (ProtocolClient client = ProtocolClient.connect(this.port, true)) {
			for (int message = 0; message < 700 && !client.closed().isDone(); message++) {
				try {
					client.send(Map.of("type", "pong"));
				}
				catch (CompletionException ex) {
					// closed meanwhile
					break;
				}
			}
			assertThat(client.closed().get(5, TimeUnit.SECONDS))
				.startsWith("4429 Too many messages: at most 100 a second, 500 at once");
		}
		assertNoStackTraceOrError(output);
	}

	@Test
	void ignoresAMalformedConditionalHeaderOnEveryCachedRoute(CapturedOutput output) throws Exception {
		for (String route : CACHED) {
			for (String header : List.of("If-None-Match: garbage", "If-None-Match: \"\"", "If-None-Match: W/",
					"If-None-Match: \"a", "If-Modified-Since: yesterday")) {
				String answer = raw(
						"GET " + route + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n");
				assertThat(answer).as(route + " with " + header).startsWith("HTTP/1.1 200 ");
			}
		}
		assertNoStackTraceOrError(output);
	}

	@Test
	void answersBytesThatAreNotTextInTheUrlWith400AndEncodesTextAClientLeftRaw(CapturedOutput output) throws Exception {
		// raw bytes that are not UTF-8, a control character, broken %-escapes
		for (String query : List.of("\u00ff\u00fe", "\u00e9\u00e9")) {
			String answer = raw(
					"GET /graphql?query=" + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer).as(query).startsWith("HTTP/1.1 400 ").contains("application/problem+json");
		}
		// a control character, a lone byte 0x80, broken %-escapes: Netty's own 400,
		// before
		// any handler
		for (String query : List.of("a\u0001b", "a\u0080b", "%", "%zz", "%4")) {
			assertThat(raw("GET /graphql?query=" + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
				.startsWith("HTTP/1.1 400 ");
		}
		// UTF-8 as curl sends it, raw: read as the text it is
		String accented = new String("%7Bregion(code:%22é%22)%7Bname%7D%7D".getBytes(StandardCharsets.UTF_8),
				StandardCharsets.ISO_8859_1);
		assertThat(raw("GET /graphql?query=" + accented + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
			.startsWith("HTTP/1.1 200 ")
			.contains(new String("'é' is not a Kemendagri region code".getBytes(StandardCharsets.UTF_8),
					StandardCharsets.ISO_8859_1));
		assertNoStackTraceOrError(output);
	}

	@Test
	void answersABodyThatStopsArrivingWith408AndClosesTheConnection(CapturedOutput output) throws Exception {
		String body = "{\"query\":\"{ editions { year } }\"}";
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			write(socket, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 10));
			String answer = readAll(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 408 ").contains("The request stopped arriving");
		}
		assertNoStackTraceOrError(output);
	}

	@Test
	void cutsAHugeArgumentInTheErrorThatRepeatsIt(CapturedOutput output) throws Exception {
		String code = "9".repeat(200_000);
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\":\"query($code: ID!) { region(code: $code) { name } }\","
							+ "\"variables\":{\"code\":\"" + code + "\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.body()).contains("\"errors\"", "'" + "9".repeat(99) + "…").doesNotContain("9".repeat(100));
		assertThat(answer.body().length()).isLessThan(2_000);
		assertNoStackTraceOrError(output);
	}

	/** Client-caused failures are logged in one line, below ERROR. */
	private static void assertNoStackTraceOrError(CapturedOutput output) {
		assertThat(output.getAll().lines().filter((line) -> line.startsWith("\tat ") || line.contains(" ERROR ")))
			.as("stack frames and ERROR lines in the log")
			.isEmpty();
	}

	private void importOneRow() throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
			.header("Authorization", "Bearer live-token")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("region_code,service_type,target,served,quality_pct\n36.71,"
					+ "HEA-K-1,100," + served.incrementAndGet() + ",100\n"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.body()).contains("\"status\":\"IMPORTED\"");
	}

	/**
	 * Sends bytes as they are (ISO-8859-1: one byte a character) and reads the answer.
	 */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return readAll(socket.getInputStream());
		}
	}

	private static void write(Socket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
		socket.getOutputStream().flush();
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		return all.toString(StandardCharsets.ISO_8859_1);
	}

}
