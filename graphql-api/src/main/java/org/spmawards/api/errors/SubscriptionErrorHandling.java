package org.spmawards.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;

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
		return (ex instanceof CapacityExceededException full)
				? UnavailableErrors.error(GraphqlErrorBuilder.newError(), full.getMessage()) : null;
	}

}
