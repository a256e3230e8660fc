package org.spmawards.api.guard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * The limits of the operations sent over a WebSocket: each takes a token from its
 * client's bucket, as an HTTP request does ({@link ClientBuckets}), and a connection runs
 * at most {@code spm.graphql.websocket.max-operations} at once. An operation over either
 * limit is answered with the protocol's {@code error} message, classified
 * {@code TOO_MANY_REQUESTS}; the connection and its other operations go on.
 */
final class WebSocketLimits implements WebSocketGraphQlInterceptor, Ordered {

	/** The classification of an operation refused by a limit. */
	static final ErrorClassification TOO_MANY_REQUESTS = ErrorClassification.errorClassification("TOO_MANY_REQUESTS");

	private static final String RUNNING = WebSocketLimits.class.getName() + ".running";

	private final @Nullable ClientBuckets buckets;

	private final WebSocketProperties properties;

	/**
	 * Creates the limits.
	 * @param buckets the clients' buckets, or {@code null} without a rate limit
	 * @param properties the WebSocket limits
	 */
	WebSocketLimits(@Nullable ClientBuckets buckets, WebSocketProperties properties) {
		this.buckets = buckets;
		this.properties = properties;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest webSocket)) {
			return chain.next(request);
		}
		if (this.buckets != null) {
			String client = this.buckets.client(webSocket.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
					webSocket.getSessionInfo().getRemoteAddress());
			if (client != null) {
				ConsumptionProbe probe = this.buckets.take(client);
				if (!probe.isConsumed()) {
					long seconds = ClientBuckets.retryAfterSeconds(probe);
					return refuse(request, this.buckets.tooMany("operations", seconds),
							Map.of("retryAfterSeconds", seconds));
				}
			}
		}
		AtomicInteger running = (AtomicInteger) webSocket.getSessionInfo()
			.getAttributes()
			.computeIfAbsent(RUNNING, (key) -> new AtomicInteger());
		if (running.incrementAndGet() > this.properties.maxOperations()) {
			running.decrementAndGet();
			return refuse(request, "Too many operations on this connection: at most " + this.properties.maxOperations()
					+ " at once (spm.graphql.websocket.max-operations); complete one, or open another connection",
					Map.of());
		}
		AtomicBoolean ended = new AtomicBoolean();
		Runnable end = () -> {
			if (ended.compareAndSet(false, true)) {
				running.decrementAndGet();
			}
		};
		return chain.next(request).map((response) -> {
			Object data = response.getData();
			if (data instanceof Publisher<?> events) {
				return response
					.transform((builder) -> builder.data(Flux.from(events).doFinally((signal) -> end.run())));
			}
			end.run();
			return response;
		}).doOnError((ex) -> end.run()).doOnCancel(end);
	}

	/**
	 * Answers an operation with the protocol's {@code error} message: Spring for GraphQL
	 * sends one for a stream that ends with a {@link SubscriptionPublisherException}.
	 */
	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message,
			Map<String, Object> extensions) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(TOO_MANY_REQUESTS)
			.message(message)
			.extensions(extensions)
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.data(Flux.error(new SubscriptionPublisherException(List.of(error), null)))
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

	@Override
	public int getOrder() {
		// before the response cache: an answer from memory counts too
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
