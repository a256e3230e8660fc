package org.spmawards.api.tracing;

import java.util.Map;
import java.util.Optional;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * The id of the trace a request belongs to: the one of its {@code traceparent} header
 * when it came with one, a new one otherwise. It is known whether or not the trace is
 * exported, so that a client can quote it and an operator find the request's log line.
 * Problem details carry it as {@value #KEY}, and so do GraphQL errors in their
 * {@code extensions}.
 */
public final class TraceIds {

	/** The member of a problem and the extension of a GraphQL error that carries it. */
	public static final String KEY = "traceId";

	/** The id of no trace, as the W3C's Trace Context writes it. */
	private static final String UNKNOWN = "0".repeat(32);

	private TraceIds() {
	}

	/**
	 * Returns the trace id of the request whose attributes these are.
	 * @param attributes the attributes of the request's exchange
	 * @return the trace id, if the request is traced
	 */
	public static Optional<String> of(Map<String, Object> attributes) {
		return ServerRequestObservationContext.findCurrent(attributes)
			.flatMap((context) -> traceId(context.get(TracingContext.class)));
	}

	/**
	 * Returns the trace id of the work whose Reactor context this is.
	 * @param context the Reactor context
	 * @return the trace id, if the work is traced
	 */
	public static Optional<String> of(ContextView context) {
		Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		return (observation != null) ? traceId(observation.getContextView().get(TracingContext.class))
				: Optional.empty();
	}

	/**
	 * The trace id of a span, sampled or not (a span that is not sampled is not recorded,
	 * but its trace goes on); none when tracing is off.
	 */
	private static Optional<String> traceId(@Nullable TracingContext tracing) {
		Span span = (tracing != null) ? tracing.getSpan() : null;
		String traceId = (span != null) ? span.context().traceId() : "";
		return (traceId.isEmpty() || UNKNOWN.equals(traceId)) ? Optional.empty() : Optional.of(traceId);
	}

}
