package org.spmawards.api.execution;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Executes queries with the {@link DirectCompletionStrategy}, handling fetchers' errors
 * with the same exception resolvers as the rest of the service, and makes each request's
 * data loaders on demand: the batch loaders are registered with an
 * {@link OnDemandBatchLoaderRegistry}, which the execution service does not ask to make
 * them all up front, and {@link OnDemandDataLoaders} gives each request an
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

	/**
	 * Each request's data loaders made on demand, unless
	 * {@code spm.graphql.on-demand-data-loaders.enabled=false}: an instrumentation added
	 * after those of the beans (Spring's observations among them), so that it wraps the
	 * registry they leave, and Spring's execution service without the batch loaders, so
	 * that it does not make every loader for every request.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "spm.graphql.on-demand-data-loaders.enabled", matchIfMissing = true)
	static class OnDemand {

		@Bean
		GraphQlSourceBuilderCustomizer onDemandDataLoaders(OnDemandBatchLoaderRegistry loaders) {
			return (builder) -> builder.instrumentation(List.of(new OnDemandDataLoaders(loaders)));
		}

		@Bean
		ExecutionGraphQlService executionGraphQlService(GraphQlSource graphQlSource) {
			return new DefaultExecutionGraphQlService(graphQlSource);
		}

	}

	/**
	 * Spring's execution service as Spring Boot makes it, which makes every registered
	 * loader for every request.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "spm.graphql.on-demand-data-loaders.enabled", havingValue = "false")
	static class UpFront {

		@Bean
		ExecutionGraphQlService executionGraphQlService(GraphQlSource graphQlSource,
				OnDemandBatchLoaderRegistry loaders) {
			DefaultExecutionGraphQlService service = new DefaultExecutionGraphQlService(graphQlSource);
			service.addDataLoaderRegistrar(loaders);
			return service;
		}

	}

}
