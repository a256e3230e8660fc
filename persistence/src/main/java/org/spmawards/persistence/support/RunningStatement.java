package org.spmawards.persistence.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.r2dbc.spi.Connection;
import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * A statement from its start until its rows (or its count) were read, or it failed: known
 * to its request while it runs (see {@link StatementCancellation}), and observed as
 * {@code db.client.operation}, a span of the request's trace named as OpenTelemetry's
 * database conventions name one ({@code SELECT}, with {@code db.system.name},
 * {@code db.operation.name} and {@code db.query.text}) and a timer by outcome
 * ({@code SUCCESS}, {@code ERROR}, or {@code CANCELLED} when the request was given up and
 * PostgreSQL was asked to stop it). Only the statements of an observed request are
 * observed: the service's own background work (startup, the periodic checks) makes no
 * traces of its own.
 */
final class RunningStatement {

	/** The name of the observation, the timer and the span. */
	static final String OBSERVATION = "db.client.operation";

	private static final String OUTCOME = "outcome";

	private static final Observation.Event CANCEL_REQUESTED = Observation.Event.of("cancel requested",
			"PostgreSQL was asked to cancel the statement");

	private final Connection connection;

	private final StatementCancellation.@Nullable Request request;

	private final Observation observation;

	private final AtomicBoolean cancelled = new AtomicBoolean();

	private final AtomicBoolean ended = new AtomicBoolean();

	private RunningStatement(Connection connection, StatementCancellation.@Nullable Request request,
			Observation observation) {
		this.connection = connection;
		this.request = request;
		this.observation = observation;
	}

	/**
	 * Starts a statement, observed if the context carries an observation (a request's).
	 * @param sql the statement's text
	 * @param connection the connection it runs on
	 * @param request the request it belongs to, if any
	 * @param context the subscriber's Reactor context
	 * @param observations where observations are made
	 * @return the statement
	 */
	static RunningStatement start(String sql, Connection connection, StatementCancellation.@Nullable Request request,
			ContextView context, ObservationRegistry observations) {
		Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		if (parent == null || parent.isNoop()) {
			return new RunningStatement(connection, request, Observation.NOOP);
		}
		String operation = operation(sql);
		Observation observation = Observation.createNotStarted(OBSERVATION, observations)
			.parentObservation(parent)
			.contextualName(operation)
			.lowCardinalityKeyValue("db.system.name", "postgresql")
			.lowCardinalityKeyValue("db.operation.name", operation)
			.lowCardinalityKeyValue(OUTCOME, "SUCCESS")
			.highCardinalityKeyValue("db.query.text", sql)
			.start();
		return new RunningStatement(connection, request, observation);
	}

	/** The statement's first word, as the conventions name its operation. */
	private static String operation(String sql) {
		String text = sql.strip();
		int end = 0;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return (end > 0) ? text.substring(0, end).toUpperCase(Locale.ROOT) : "SQL";
	}

	Connection connection() {
		return this.connection;
	}

	/** Marks the statement as one PostgreSQL was asked to cancel. */
	void cancelRequested() {
		if (this.cancelled.compareAndSet(false, true)) {
			this.observation.event(CANCEL_REQUESTED);
		}
	}

	/**
	 * Marks the statement as failed.
	 * @param ex why
	 */
	void failed(Throwable ex) {
		this.observation.lowCardinalityKeyValue(KeyValue.of(OUTCOME, "ERROR"));
		this.observation.error(ex);
	}

	/** Ends the statement (once): its request no longer cancels it, its span ends. */
	void ended() {
		if (this.ended.compareAndSet(false, true)) {
			if (this.request != null) {
				this.request.finished(this);
			}
			if (this.cancelled.get()) {
				this.observation.lowCardinalityKeyValue(KeyValue.of(OUTCOME, "CANCELLED"));
			}
			this.observation.stop();
		}
	}

}
