package org.spmawards.persistence.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each statement of an observed request is observed ({@code db.client.operation}, a span
 * in a trace) from its start until its rows were read, against PostgreSQL: named by its
 * operation, with its text, and, when its request was given up, marked as cancelled, with
 * the cancel request as an event and PostgreSQL's {@code query_canceled} as its error.
 */
@SpringBootTest
@WithTestDatabase
class RunningStatementTests {

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final ObservationRegistry observations = ObservationRegistry.create();

	@Autowired
	ConnectionFactory connectionFactory;

	DatabaseClient database;

	@BeforeEach
	void observe() {
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				RunningStatementTests.this.events.add(context.getContextualName() + ": " + event.getName());
			}

			@Override
			public void onStop(Observation.Context context) {
				RunningStatementTests.this.stopped.add(context);
			}

		});
		// the service's pool, its statements observed here
		@SuppressWarnings("unchecked")
		ConnectionFactory pool = ((Wrapped<ConnectionFactory>) this.connectionFactory).unwrap();
		this.database = DatabaseClient.create(new CancellingConnectionFactory(pool, this.observations));
	}

	@Test
	void observesAStatementOfAnObservedRequestUntilItsRowsWereRead() {
		Observation request = Observation.start("test.request", this.observations);
		StepVerifier
			.create(this.database.sql("select 42 as answer")
				.map((row) -> row.get("answer", Integer.class))
				.one()
				.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, request)))
			.expectNext(42)
			.verifyComplete();
		Observation.Context statement = statement();
		assertThat(statement.getContextualName()).isEqualTo("SELECT");
		assertThat(statement.getParentObservation()).isSameAs(request);
		assertThat(statement.getLowCardinalityKeyValue("db.system.name").getValue()).isEqualTo("postgresql");
		assertThat(statement.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
		assertThat(statement.getHighCardinalityKeyValue("db.query.text").getValue()).isEqualTo("select 42 as answer");
		assertThat(statement.getError()).isNull();
	}

	@Test
	void marksTheStatementOfARequestGivenUpAsCancelled() {
		Observation request = Observation.start("test.request", this.observations);
		Mono<Integer> sleeping = this.database.sql("select 1 from pg_sleep(30)")
			.map((row) -> 1)
			.one()
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, request));
		StepVerifier.create(StatementCancellation.limited(sleeping, Duration.ofMillis(300)))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(10));
		// PostgreSQL stops it in a moment, not in 30 s
		Observation.Context statement = statement();
		assertThat(this.events).containsExactly("SELECT: cancel requested");
		assertThat(statement.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void leavesTheServicesOwnWorkUnobserved() {
		StepVerifier.create(this.database.sql("select 1").map((row) -> 1).one()).expectNext(1).verifyComplete();
		assertThat(this.stopped).isEmpty();
	}

	private Observation.Context statement() {
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.stopped.stream()
				.anyMatch((context) -> context.getName().equals(RunningStatement.OBSERVATION)));
		return this.stopped.stream()
			.filter((context) -> context.getName().equals(RunningStatement.OBSERVATION))
			.findFirst()
			.orElseThrow();
	}

}
