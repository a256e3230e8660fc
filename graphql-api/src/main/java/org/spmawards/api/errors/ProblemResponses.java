package org.spmawards.api.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.tracing.TraceIds;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers of the plain HTTP routes (exports, imports) that report a problem: RFC 9457
 * problem details ({@code application/problem+json}) with a title, the status, a detail
 * in plain words, where one is to blame, the request parameter, and the request's trace
 * id ({@link TraceIds}).
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * Answers a problem.
	 * @param status the status
	 * @param detail what was wrong and what is accepted
	 * @return the answer
	 */
	public static Mono<ServerResponse> problem(HttpStatus status, String detail) {
		return problem(status, detail, Map.of());
	}

	/**
	 * Answers a problem with extra members, e.g. the parameter to blame.
	 * @param status the status
	 * @param detail what was wrong and what is accepted
	 * @param properties extra members of the problem
	 * @return the answer
	 */
	public static Mono<ServerResponse> problem(HttpStatus status, String detail,
			Map<String, ? extends @Nullable Object> properties) {
		return problem(status, detail, properties, (headers) -> {
		});
	}

	/**
	 * Answers a request that needs the database while it cannot be reached: 503, with the
	 * seconds to wait in {@code Retry-After}.
	 * @return a 503 answer
	 */
	public static Mono<ServerResponse> unavailable() {
		return problem(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is unavailable for the moment: retry in a few seconds", Map.of(), (headers) -> headers
					.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAvailability.RETRY_AFTER_SECONDS)));
	}

	/**
	 * Answers a request without the credentials a route needs: 401, with the scheme to
	 * use in {@code WWW-Authenticate}.
	 * @param detail what to send
	 * @return a 401 answer
	 */
	public static Mono<ServerResponse> unauthorized(String detail) {
		return problem(HttpStatus.UNAUTHORIZED, detail, Map.of(),
				(headers) -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
	}

	private static Mono<ServerResponse> problem(HttpStatus status, String detail,
			Map<String, ? extends @Nullable Object> properties, Consumer<HttpHeaders> headers) {
		return Mono.deferContextual((context) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			properties.forEach(problem::setProperty);
			TraceIds.of(context).ifPresent((traceId) -> problem.setProperty(TraceIds.KEY, traceId));
			return ServerResponse.status(status)
				.headers(headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyValue(problem);
		});
	}

	/**
	 * Writes a problem where a filter answers in place of the route, e.g. a request
	 * refused before it reached one.
	 * @param exchange the request's exchange
	 * @param status the status
	 * @param detail what was wrong and what is accepted
	 * @param properties extra members of the problem
	 * @return completes once written
	 */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			Map<String, ? extends @Nullable Object> properties) {
		Map<String, @Nullable Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.putAll(properties);
		TraceIds.of(exchange.getAttributes()).ifPresent((traceId) -> problem.put(TraceIds.KEY, traceId));
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(problem))));
	}

	/**
	 * Answers a request parameter the route cannot take.
	 * @param ex the parameter and what was wrong with it
	 * @return a 400 answer naming the parameter
	 */
	public static Mono<ServerResponse> badParameter(BadParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("parameter", ex.parameter()));
	}

	/**
	 * Answers a parameter that names nothing, such as an edition that was never held:
	 * 404, with the message the GraphQL field gives and the parameter to blame.
	 * @param ex what named nothing
	 * @return a 404 answer
	 */
	public static Mono<ServerResponse> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), Map.of("parameter", ex.argument()));
	}

}
