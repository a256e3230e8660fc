package org.spmawards.api.support;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.DatabaseAvailability;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Maps the exceptions that end a subscription's stream to typed errors, as
 * {@link GraphQlErrorHandling} does for queries; anything else ends it with an
 * INTERNAL_ERROR without its message.
 */
@Component
class SubscriptionErrorHandling extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof CapacityExceededException full) {
			return GraphqlErrorBuilder.newError()
				.errorType(GraphQlErrorHandling.UNAVAILABLE)
				.message(full.getMessage())
				.extensions(Map.of("retryAfterSeconds", DatabaseAvailability.RETRY_AFTER_SECONDS))
				.build();
		}
		return null;
	}

}
