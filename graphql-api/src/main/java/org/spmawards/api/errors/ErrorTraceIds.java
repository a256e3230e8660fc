package org.spmawards.api.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLError;
import org.spmawards.api.tracing.TraceIds;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error of an answer its request's trace id, as the extension
 * {@value TraceIds#KEY} ({@link TraceIds}), so that a client that reports an error quotes
 * the trace an operator follows.
 */
@Component
class ErrorTraceIds implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<ResponseError> errors = response.getErrors();
			if (errors.isEmpty()) {
				return response;
			}
			Optional<String> traceId = TraceIds.of(request.getAttributes());
			return traceId.isEmpty() ? response : response.transform((builder) -> builder
				.errors(errors.stream().map((error) -> withTraceId(error, traceId.get())).toList()));
		});
	}

	private static GraphQLError withTraceId(ResponseError error, String traceId) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.put(TraceIds.KEY, traceId);
		return ResponseErrors.rebuilt(error, error.getMessage(), extensions);
	}

}
