package org.spmawards.api.errors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spmawards.api.support.TcpProxy;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.test.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back, through a TCP proxy in front of it: the first
 * requests after a restart succeed on stale pooled connections; while it is away, a
 * request that needs it is a 503 with {@code Retry-After} and a typed {@code UNAVAILABLE}
 * error, readiness is down, and the log has one line for the outage instead of a stack
 * trace per request; the first request after its return succeeds, and under load every
 * request sent a second after the return does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spm.test.outage=true")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

	/** Needs the database: index values are read by a statement per request. */
	private static final String QUERY = "{\"query\":\"{ indexValues(first: 1, filter: {fiscalYear: {equalTo: 2024}})"
			+ " { totalCount } }\"}";

	private static final String[] PROPERTIES = { "spm.database-url", "spring.r2dbc.pool.max-size",
			"spring.r2dbc.pool.initial-size", "spm.graphql.response-cache.enabled" };

	private static TcpProxy proxy;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startTheProxy() {
		DatabaseUrl database = TestDatabase.named("outage");
		proxy = new TcpProxy(database.host(), database.port()).start();
		// read by the service's own start-up, before the test's context exists
		System.setProperty("spm.database-url", TestDatabase.url(database, "127.0.0.1", proxy.port()));
		System.setProperty("spring.r2dbc.pool.max-size", "4");
		System.setProperty("spring.r2dbc.pool.initial-size", "4");
		// every request reaches the database
		System.setProperty("spm.graphql.response-cache.enabled", "false");
	}

	@AfterAll
	static void stopTheProxy() {
		for (String property : PROPERTIES) {
			System.clearProperty(property);
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void answers503WhileTheDatabaseIsAwayAndRecoversWhenItIsBack(CapturedOutput output) throws Exception {
		assertThat(graphQl().statusCode()).isEqualTo(200);

		// a restart between two requests: every pooled connection is stale
		proxy.dropConnections();
		assertThat(IntStream.range(0, 8).mapToObj((i) -> graphQlAsync()).toList()).allSatisfy(
				(answer) -> assertThat(answer.join().body()).contains("\"totalCount\"").doesNotContain("errors"));

		proxy.stop();
		for (int request = 0; request < 5; request++) {
			HttpResponse<String> answer = graphQl();
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Retry-After")).contains("5");
			assertThat(answer.body())
				.contains("\"classification\":\"UNAVAILABLE\"", "\"retryAfterSeconds\":5",
						"The database is unavailable for the moment")
				.doesNotContain("r2dbc", "Exception", "5432");
		}
		HttpResponse<String> export = get("/export/rankings.csv?edition=2025&category=CITY");
		assertThat(export.statusCode()).isEqualTo(503);
		assertThat(export.headers().firstValue("Retry-After")).contains("5");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(output.getOut().lines().filter((line) -> line.contains("The database is unavailable ("))).hasSize(1);
		assertThat(output.getAll()).doesNotContain("\tat io.r2dbc", "\tat reactor.pool");

		proxy.start();
		// the first request after the return succeeds
		HttpResponse<String> back = graphQl();
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("\"totalCount\"").doesNotContain("errors");
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!output.getOut().contains("The database answers again, after") && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(output.getOut()).contains("The database answers again, after");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void recoversUnderLoadWithinASecondOfTheReturn() throws Exception {
		List<Answer> answers = new CopyOnWriteArrayList<>();
		AtomicBoolean loading = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		for (int client = 0; client < 4; client++) {
			clients.execute(() -> {
				while (loading.get()) {
					long sent = System.nanoTime();
					try {
						HttpResponse<String> answer = graphQl();
						answers.add(new Answer(sent, answer.statusCode(),
								answer.body().contains("\"totalCount\"") && !answer.body().contains("errors")));
					}
					catch (IOException ex) {
						answers.add(new Answer(sent, 0, false));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		Thread.sleep(500);
		proxy.stop();
		Thread.sleep(1500);
		proxy.start();
		long back = System.nanoTime();
		Thread.sleep(2500);
		loading.set(false);
		clients.shutdown();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		// the outage is a 503 to every client, never a 500 or a broken connection
		assertThat(answers).extracting(Answer::status).containsOnly(200, 503).contains(503);
		List<Answer> afterASecond = answers.stream().filter((answer) -> answer.sent() > back + 1_000_000_000L).toList();
		assertThat(afterASecond).isNotEmpty().allSatisfy((answer) -> assertThat(answer.answered()).isTrue());
		long firstAnswered = answers.stream()
			.filter((answer) -> answer.sent() > back && answer.answered())
			.mapToLong(Answer::sent)
			.min()
			.orElseThrow();
		System.out.println("Under load, the first answer after the database's return was sent "
				+ Duration.ofNanos(firstAnswered - back).toMillis() + " ms after it");
	}

	private record Answer(long sent, int status, boolean answered) {
	}

	private HttpResponse<String> graphQl() throws IOException, InterruptedException {
		return this.http.send(graphQlRequest(), HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> graphQlAsync() {
		return this.http.sendAsync(graphQlRequest(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest graphQlRequest() {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
