package org.spmawards.persistence.support;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.ObservationRegistry;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.util.context.ContextView;

/**
 * Stops in PostgreSQL the statements of a request that was given up: over its time
 * budget, or because its client went away. Cancelling a subscription to a statement does
 * not stop it in the server (r2dbc-postgresql drains its rows on the connection), so a
 * request that is given up sends PostgreSQL a cancel request for each statement it still
 * runs. Only a given-up request does: an ordinary early cancel (taking the first row)
 * leaves the statement to finish, since a cancel request that arrived after it would stop
 * the next statement of the same connection.
 * <p>
 * Work opts in through {@link #limited(Mono, Duration)}, which puts its {@link Request}
 * in the Reactor context; the connections of {@link CancellingConnectionFactory} look for
 * it.
 */
public final class StatementCancellation {

	/**
	 * The clock of every limit. {@code timeout(Duration)} would schedule each request's
	 * limit on Reactor's parallel scheduler, whose queue takes a lock and wakes its
	 * thread for every request that starts and every one that ends; a hashed wheel takes
	 * a new limit and a cancelled one into queues without locks, and its thread wakes
	 * once a tick. A limit expires up to a tick (a tenth of a second) late.
	 */
	private static final HashedWheelTimer LIMITS = new HashedWheelTimer(
			new DefaultThreadFactory("spm-request-limits", true), 100, TimeUnit.MILLISECONDS);

	private StatementCancellation() {
	}

	/**
	 * Runs work within a time limit, as a request of its own or, inside one (a custom
	 * query inside a GraphQL request), as a part of it that is given up with it. Past the
	 * limit, or when its subscriber cancels it (a client that went away), the work is
	 * given up: its statements are cancelled in PostgreSQL, and past the limit it fails
	 * with a {@link TimeoutException}.
	 * @param <T> the result type
	 * @param work the work
	 * @param limit how long it may run
	 * @return the work's result
	 */
	public static <T> Mono<T> limited(Mono<T> work, Duration limit) {
		return Mono.deferContextual((context) -> {
			Request request = Request.in(context).map(Request::nested).orElseGet(Request::new);
			// given up before the cancel reaches its statements, while they are still
			// known to run
			return work.doOnCancel(request::giveUp)
				.timeout(after(limit))
				.doFinally((signal) -> request.finish())
				.contextWrite((inner) -> inner.put(Request.class, request));
		});
	}

	/**
	 * A signal after the limit. The wheel keeps a cancelled limit until its next tick, so
	 * the limit reaches its subscriber (and through it everything the request holds) only
	 * until the limit is cancelled: otherwise each finished request would stay reachable
	 * for another tick, and a young collection would copy, and then promote, the last
	 * tenth of a second's requests along with those in flight.
	 */
	private static Mono<Long> after(Duration limit) {
		return Mono.create((sink) -> {
			AtomicReference<@Nullable MonoSink<Long>> pending = new AtomicReference<>(sink);
			Timeout timeout = LIMITS.newTimeout((expired) -> {
				MonoSink<Long> expiring = pending.getAndSet(null);
				if (expiring != null) {
					expiring.success(0L);
				}
			}, limit.toNanos(), TimeUnit.NANOSECONDS);
			sink.onDispose(() -> {
				pending.set(null);
				timeout.cancel();
			});
		});
	}

	/**
	 * One request that may be given up.
	 */
	public static final class Request {

		private final @Nullable Request parent;

		private final AtomicBoolean givenUp = new AtomicBoolean();

		private final Set<RunningStatement> running = ConcurrentHashMap.newKeySet();

		private final Set<Request> nested = ConcurrentHashMap.newKeySet();

		private Request() {
			this(null);
		}

		private Request(@Nullable Request parent) {
			this.parent = parent;
		}

		/**
		 * Starts a part of this request that may be given up on its own and is given up
		 * with this request. Its statements are known to it alone, so that each is
		 * cancelled at most once.
		 * @return the part, to put in the Reactor context of its statements in place of
		 * this request, and to {@link #finish()} when they are done
		 */
		private Request nested() {
			Request part = new Request(this);
			this.nested.add(part);
			if (givenUp()) {
				part.giveUp();
			}
			return part;
		}

		/**
		 * Ends a part started by {@link #nested()}: its request no longer gives it up.
		 */
		private void finish() {
			if (this.parent != null) {
				this.parent.nested.remove(this);
			}
		}

		/**
		 * Gives the request up: PostgreSQL is asked to cancel the statements it runs, and
		 * the statements it would start fail at once with {@link GivenUpException}; so
		 * are its parts'.
		 */
		public void giveUp() {
			if (this.givenUp.compareAndSet(false, true)) {
				this.running.forEach(StatementCancellation::cancel);
				this.nested.forEach(Request::giveUp);
			}
		}

		/**
		 * Returns whether the request was given up.
		 * @return whether it was
		 */
		public boolean givenUp() {
			return this.givenUp.get();
		}

		/**
		 * Returns the request of a Reactor context.
		 * @param context the context
		 * @return its request, if any
		 */
		public static Optional<Request> in(ContextView context) {
			return context.getOrEmpty(Request.class);
		}

		private void started(RunningStatement statement) {
			this.running.add(statement);
			if (this.givenUp.get()) {
				// given up while the statement started
				cancel(statement);
			}
		}

		void finished(RunningStatement statement) {
			this.running.remove(statement);
		}

	}

	/**
	 * A statement of a request that was given up, which therefore never ran.
	 */
	public static final class GivenUpException extends RuntimeException {

		GivenUpException() {
			super("The request was given up before this statement ran", null, false, false);
		}

	}

	/**
	 * Wraps a statement's results: the statement is known to its request while it runs,
	 * and never starts once the request was given up. The driver hands out a result
	 * before the server answered, so a statement runs until its result's rows (or its
	 * count) were read.
	 */
	static Flux<Result> cancellable(Publisher<? extends Result> results, String sql, Connection connection,
			ObservationRegistry observations) {
		return Flux.deferContextual((context) -> {
			Request request = Request.in(context).orElse(null);
			if (request != null && request.givenUp()) {
				return Flux.error(new GivenUpException());
			}
			DataScope.statementStarts(context);
			RunningStatement statement = RunningStatement.start(sql, connection, request, context, observations);
			return Flux.from(results).doOnSubscribe((subscription) -> {
				if (request != null) {
					request.started(statement);
				}
			}).doOnError((ex) -> {
				statement.failed(ex);
				statement.ended();
			}).doOnCancel(statement::ended).map((result) -> new UnscopedResult(result, statement));
		});
	}

	/**
	 * Returns whether an error, or one of its causes, is PostgreSQL's
	 * {@code query_canceled}: a statement stopped by its {@code statement_timeout} or by
	 * a cancel request.
	 * @param ex the error
	 * @return whether a statement was cancelled
	 */
	public static boolean cancelled(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException r2dbc && "57014".equals(r2dbc.getSqlState())) {
				return true;
			}
		}
		return false;
	}

	private static void cancel(RunningStatement statement) {
		PostgresqlConnection postgresql = Unwrapping.find(statement.connection(), PostgresqlConnection.class);
		if (postgresql != null) {
			statement.cancelRequested();
			postgresql.cancelRequest().onErrorComplete().subscribe();
		}
	}

}
