package org.spmawards.persistence.support;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limit of {@link StatementCancellation#limited(Mono, Duration)}, without a
 * database (the cancelling of statements is tested against PostgreSQL by the request
 * budget's tests of the API).
 */
class StatementCancellationTests {

	@Test
	void failsWorkThatOutlivesItsLimit() {
		StepVerifier.create(StatementCancellation.limited(Mono.never(), Duration.ofMillis(200)))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void passesOnWorkDoneWithinItsLimit() {
		StepVerifier.create(StatementCancellation.limited(Mono.just(42), Duration.ofSeconds(5)))
			.expectNext(42)
			.verifyComplete();
	}

	/**
	 * The clock keeps a cancelled limit until its next tick; what the limit reaches must
	 * not include the finished request (at a thousand requests a second, a tick's worth
	 * of them survived every young collection).
	 */
	@Test
	void forgetsAFinishedRequestBeforeTheClockTicks() {
		WeakReference<BaseSubscriber<Integer>> subscriber = new WeakReference<>(
				StatementCancellation.limited(Mono.just(42), Duration.ofHours(1)).subscribeWith(new BaseSubscriber<>() {
				}));
		System.gc();
		assertThat(subscriber.get()).isNull();
	}

}
