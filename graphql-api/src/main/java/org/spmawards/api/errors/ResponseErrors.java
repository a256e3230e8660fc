package org.spmawards.api.errors;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.ResponseError;

/** Errors of an answer made again, for the interceptors that change their words. */
final class ResponseErrors {

	private ResponseErrors() {
	}

	/**
	 * Makes an error again with another message or other extensions.
	 * @param error the error
	 * @param message its message
	 * @param extensions its extensions
	 * @return the error made again, at the same place
	 */
	static GraphQLError rebuilt(ResponseError error, @Nullable String message, Map<String, Object> extensions) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.extensions(extensions)
			.errorType(error.getErrorType());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
