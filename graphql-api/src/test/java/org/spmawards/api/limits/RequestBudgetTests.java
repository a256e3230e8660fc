package org.spmawards.api.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.test.TestDatabase;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request whose statements would occupy the database past its budget, each of them
 * well within the statement timeout and the whole under the complexity limit: stopped at
 * its budget with a typed error, and none of its statements still runs in PostgreSQL
 * afterwards. So that the statements outlast the budget on any machine, the test holds a
 * lock on the achievements while the request runs: a statement that was not cancelled
 * would still be waiting for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo",
		"spm.graphql.limits.request-timeout=700ms", "spm.graphql.response-cache.enabled=false" })
class RequestBudgetTests {

	/**
	 * 25 aliases of a grouped statistic over the 61,752 service achievements: within the
	 * cost limit (each costs 194).
	 */
	private static final String EXPENSIVE = IntStream.range(0, 25)
		.mapToObj((i) -> "s" + i + ": statistics(of: ACHIEVEMENTS, groupBy: [SERVICE_TYPE, PROVINCE],"
				+ " filter: {achievements: {served: {greaterThan: " + (i * 7) + "}}}) { count mean median }")
		.collect(Collectors.joining(" ", "{ ", " }"));

	@LocalServerPort
	int port;

	@Test
	void stopsARequestAtItsBudgetWithEveryStatementItStarted() throws Exception {
		DatabaseUrl database = TestDatabase.named("demo_api");
		long answeredMillis;
		int running;
		try (Connection lock = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table achievement_row in access exclusive mode");
			long started = System.nanoTime();
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + EXPENSIVE + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			answeredMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("\"code\":\"REQUEST_TIMEOUT\"", "\"budgetMillis\":700",
					"spm.graphql.limits.request-timeout");
			// the cancel requests are on their way: a statement that was not cancelled
			// waits for the lock as long as the test holds it
			running = runningStatistics(database, Duration.ofSeconds(2));
			lock.rollback();
		}
		System.out.println("Over-budget request answered after " + answeredMillis + " ms; statistics statements"
				+ " still running afterwards: " + running);
		assertThat(running).isZero();

		// the pool is whole afterwards: more requests than it has connections, each
		// needing one, are answered
		for (int request = 0; request < 8; request++) {
			HttpResponse<String> next = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ statistics(of: INDEX_VALUES, filter:"
							+ " {indexValues: {fiscalYear: {equalTo: " + (2021 + request % 4) + "}}}) { count } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(next.body()).contains("\"count\"").doesNotContain("errors");
		}
	}

	/**
	 * Waits up to a limit for the statistics statements of the test database to end.
	 * @return how many still run at the limit
	 */
	private static int runningStatistics(DatabaseUrl database, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			while (true) {
				try (ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
							+ " and state = 'active' and pid <> pg_backend_pid() and query like '%percentile_disc%'")) {
					rows.next();
					int running = rows.getInt(1);
					if (running == 0 || System.nanoTime() > deadline) {
						return running;
					}
				}
				Thread.sleep(50);
			}
		}
	}

}
