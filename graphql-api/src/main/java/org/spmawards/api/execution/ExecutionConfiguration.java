package org.spmawards.api.execution;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Executes queries with the {@link DirectCompletionStrategy}, handling fetchers' errors
 * with the same exception resolvers as the rest of the service, and makes each request's
 * data loaders on demand: the batch loaders are registered with an
 * {@link OnDemandBatchLoaderRegistry}, which the execution service does not ask to make
 * them all up front, and the observations' instrumentation gives each request an
 * {@link OnDemandDataLoaderRegistry} instead.
 */
@Configuration(proxyBeanMethods = false)
class ExecutionConfiguration {

	/**
	 * The direct completion, unless {@code spm.graphql.direct-completion.enabled=false}:
	 * then graphql-java completes every field itself (the differential tests run both).
	 * Retired once graphql-java completes plain properties without a step per field
	 * (graphql-java#1902).
	 */
	@Bean
	@ConditionalOnProperty(name = "spm.graphql.direct-completion.enabled", matchIfMissing = true)
	GraphQlSourceBuilderCustomizer directCompletion(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.queryExecutionStrategy(new DirectCompletionStrategy(
					DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
	}

	@Bean
	OnDemandBatchLoaderRegistry batchLoaderRegistry() {
		return new OnDemandBatchLoaderRegistry();
	}

	@Bean
	ExecutionGraphQlService executionGraphQlService(GraphQlSource graphQlSource) {
		return new DefaultExecutionGraphQlService(graphQlSource);
	}

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry observations,
			ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
			ObjectProvider<DataFetcherObservationConvention> dataFetcherConvention,
			ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention, OnDemandBatchLoaderRegistry loaders) {
		return new OnDemandDataLoaderInstrumentation(observations, requestConvention.getIfAvailable(),
				dataFetcherConvention.getIfAvailable(), dataLoaderConvention.getIfAvailable(), loaders);
	}

}
