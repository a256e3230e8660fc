package org.spmawards.api.errors;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.DatabaseAvailability;

import org.springframework.graphql.ResponseError;

/**
 * The {@code UNAVAILABLE} errors: the database cannot be reached, or the instance serves
 * as much as it may. A client retries after {@code extensions.retryAfterSeconds}; an
 * answer with only such errors is a 503 with {@code Retry-After}.
 */
public final class UnavailableErrors {

	/** The classification of these errors. */
	public static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	private UnavailableErrors() {
	}

	/**
	 * Builds an UNAVAILABLE error.
	 * @param builder the builder, with the error's location if any
	 * @param message what is unavailable and what to do
	 * @return the error
	 */
	static GraphQLError error(GraphqlErrorBuilder<?> builder, @Nullable String message) {
		return builder.errorType(UNAVAILABLE)
			.message(message)
			.extensions(Map.of("retryAfterSeconds", DatabaseAvailability.RETRY_AFTER_SECONDS))
			.build();
	}

	/**
	 * Returns whether an answer failed only because something was unavailable.
	 * @param errors the answer's errors
	 * @return whether there are errors, all of them UNAVAILABLE
	 */
	public static boolean only(List<ResponseError> errors) {
		return !errors.isEmpty() && errors.stream()
			.allMatch((error) -> UNAVAILABLE.toString().equals(String.valueOf(error.getErrorType())));
	}

}
