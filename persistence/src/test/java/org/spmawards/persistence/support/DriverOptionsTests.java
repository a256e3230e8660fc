package org.spmawards.persistence.support;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options of the connections the service opens.
 */
@SpringBootTest
@WithTestDatabase
class DriverOptionsTests {

	@Autowired
	DatabaseClient database;

	@Test
	void aConnectionKeepsABoundedNumberOfStatementsPrepared() {
		int statements = DriverOptions.PREPARED_STATEMENTS + 44;
		Mono<Long> prepared = this.database.inConnection((connection) -> Flux.range(0, statements)
			.concatMap((i) -> Flux.from(connection.createStatement("select $1::int + " + i).bind("$1", i).execute())
				.concatMap((result) -> result.map((row) -> row.get(0, Integer.class))))
			.then(Mono.from(connection.createStatement("select count(*) from pg_prepared_statements where $1")
				.bind("$1", true)
				.execute()))
			.flatMap((result) -> Mono.from(result.map((row) -> row.get(0, Long.class)))));
		// the statement that counts them is prepared before the least recently used one
		// is closed: without the bound there would be statements + 1
		StepVerifier.create(prepared)
			.assertNext((count) -> assertThat(count).isBetween(2L, DriverOptions.PREPARED_STATEMENTS + 1L))
			.verifyComplete();
	}

}
