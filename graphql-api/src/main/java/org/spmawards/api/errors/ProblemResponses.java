package org.spmawards.api.errors;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Answers of the plain HTTP routes (exports, imports) that report a problem: RFC 9457
 * problem details ({@code application/problem+json}) with a title, the status, a detail
 * in plain words and, where one is to blame, the request parameter.
 */
public final class ProblemResponses {

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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		properties.forEach(problem::setProperty);
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
	}

	/**
	 * Answers a request that needs the database while it cannot be reached: 503, with the
	 * seconds to wait in {@code Retry-After}.
	 * @return a 503 answer
	 */
	public static Mono<ServerResponse> unavailable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is unavailable for the moment: retry in a few seconds");
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAvailability.RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
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
