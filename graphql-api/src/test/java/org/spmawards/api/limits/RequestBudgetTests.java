package org.spmawards.api.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * One request that would occupy the database for seconds, each of its statements well
 * within the statement timeout and the whole under the complexity limit: stopped at its
 * budget with a typed error, and none of its statements still runs in PostgreSQL
 * afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo",
		"spm.graphql.limits.request-timeout=700ms", "spm.graphql.response-cache.enabled=false" })
class RequestBudgetTests {

	/**
	 * 25 aliases of a grouped statistic over the 61,752 service achievements: within the
	 * cost limit (each costs 194), but seconds of work for the database.
	 */
	private static final String EXPENSIVE = IntStream.range(0, 25)
		.mapToObj((i) -> "s" + i + ": statistics(of: ACHIEVEMENTS, groupBy: [SERVICE_TYPE, PROVINCE],"
				+ " filter: {achievements: {served: {greaterThan: " + (i * 7) + "}}}) { count mean median }")
		.collect(Collectors.joining(" ", "{ ", " }"));

	@LocalServerPort
	int port;

	@Test
	void stopsARequestAtItsBudgetWithEveryStatementItStarted() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + EXPENSIVE + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		long answeredMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"code\":\"REQUEST_TIMEOUT\"", "\"budgetMillis\":700",
				"spm.graphql.limits.request-timeout");
		// the cancel requests are on their way: give them a moment, not a statement's
		// time
		Thread.sleep(200);
		int running = runningStatements();
		System.out.println("Over-budget request answered after " + answeredMillis + " ms; statements still running"
				+ " 200 ms later: " + running);
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

	/** The statements PostgreSQL runs for the test database, other than this one. */
	private static int runningStatements() throws SQLException {
		DatabaseUrl database = TestDatabase.named("demo_api");
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password());
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
							+ " and state = 'active' and pid <> pg_backend_pid()")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
