package org.spmawards.persistence.support;

import io.micrometer.context.ContextRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Rows are mapped without the request's thread-local values, and with the rest of its
 * context.
 */
@SpringBootTest
@WithTestDatabase
class UnscopedResultTests {

	private static final String KEY = "spm.test.request-value";

	private static final ThreadLocal<String> requestValue = new ThreadLocal<>();

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transactions;

	@BeforeEach
	void registerThreadLocal() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(KEY, requestValue::get, requestValue::set, requestValue::remove);
	}

	@AfterEach
	void removeThreadLocal() {
		ContextRegistry.getInstance().removeThreadLocalAccessor(KEY);
	}

	@Test
	void mapsRowsWithoutTheThreadLocalValuesOfTheRequest() {
		StepVerifier
			.create(this.database.sql("select 1")
				.map((row) -> String.valueOf(requestValue.get()))
				.one()
				.contextWrite(Context.of(KEY, "the request's")))
			.expectNext("null")
			.verifyComplete();
		// Reactor would restore it where a value is handled, as the driver maps rows
		StepVerifier
			.create(Mono.just(1)
				.<String>handle((value, sink) -> sink.next(String.valueOf(requestValue.get())))
				.contextWrite(Context.of(KEY, "the request's")))
			.expectNext("the request's")
			.verifyComplete();
	}

	@Test
	void readsInTheTransactionOfTheRequest() {
		StepVerifier.create(this.database.sql("create temporary table scratch (n int) on commit drop")
			.then()
			.then(this.database.sql("insert into scratch values (1), (2)").then())
			.then(this.database.sql("select count(*) as n from scratch").map((row) -> row.get("n", Long.class)).one())
			.contextWrite(Context.of(KEY, "the request's"))
			.as(this.transactions::transactional)).expectNext(2L).verifyComplete();
	}

}
