package org.spmawards.api.errors;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.query.QueryTimedOutException;
import org.spmawards.persistence.support.DatabaseAvailability;
import org.spmawards.persistence.support.StatementCancellation;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps the exceptions of every data fetcher to typed GraphQL errors. Anything not mapped
 * here reaches the client as an INTERNAL_ERROR without its message, so no stack trace or
 * SQL text ever leaves the service.
 * <p>
 * This is a resolver for the whole execution rather than a {@code @ControllerAdvice}: a
 * controller advice answers inside the controller's data fetcher, and Spring for
 * GraphQL's connection support then turns the failed non-null connection field into an
 * empty connection, which makes {@code totalCount} fail a second time.
 * <p>
 * A request whose client disconnects is cancelled; its unfinished fields are resolved
 * here as well, so that a closed connection is not logged as an unresolved error.
 */
@Component
class GraphQlErrorHandling extends DataFetcherExceptionResolverAdapter {

	private final DatabaseAvailability database;

	GraphQlErrorHandling(DatabaseAvailability database) {
		this.database = database;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof InvalidArgumentException invalid) {
			return error(environment, ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.argument());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(environment, ErrorType.NOT_FOUND, notFound.getMessage(), notFound.argument());
		}
		if (ex instanceof QueryTimedOutException timedOut) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(timedOut.getMessage())
				.extensions(Map.of("code", "QUERY_TIMEOUT"))
				.build();
		}
		if (ex instanceof CapacityExceededException full) {
			return UnavailableErrors.error(GraphqlErrorBuilder.newError(environment), full.getMessage());
		}
		if (this.database.failed(ex)) {
			return UnavailableErrors.error(GraphqlErrorBuilder.newError(environment),
					"The database is unavailable for the moment: retry in a few seconds");
		}
		if (ex instanceof AbortExecutionException || ex instanceof StatementCancellation.GivenUpException) {
			// the client went away, so graphql-java stops the fields still running: not a
			// fault to log with a stack trace
			return GraphqlErrorBuilder.newError(environment)
				.errorType(graphql.ErrorType.ExecutionAborted)
				.message("The request was cancelled")
				.build();
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, @Nullable String message,
			String argument) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(type)
			.message(message)
			.extensions(Map.of("argument", argument))
			.build();
	}

}
