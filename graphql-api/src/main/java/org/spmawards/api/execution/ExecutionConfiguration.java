package org.spmawards.api.execution;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Executes queries with the {@link DirectCompletionStrategy}, handling fetchers' errors
 * with the same exception resolvers as the rest of the service.
 */
@Configuration(proxyBeanMethods = false)
class ExecutionConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer directCompletion(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.queryExecutionStrategy(new DirectCompletionStrategy(
					DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
	}

}
