package org.spmawards.api.execution;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring's observations of requests, data fetchers and data loaders, with each request's
 * data loaders made on demand ({@link OnDemandDataLoaderRegistry}). The observations
 * replace a request's registry with one of their own to observe its loaders, so the
 * on-demand registry is put in place here, after them, with their instrumentation.
 */
class OnDemandDataLoaderInstrumentation extends GraphQlObservationInstrumentation {

	private final OnDemandBatchLoaderRegistry loaders;

	OnDemandDataLoaderInstrumentation(ObservationRegistry observations,
			@Nullable ExecutionRequestObservationConvention requestConvention,
			@Nullable DataFetcherObservationConvention dataFetcherConvention,
			@Nullable DataLoaderObservationConvention dataLoaderConvention, OnDemandBatchLoaderRegistry loaders) {
		super(observations, requestConvention, dataFetcherConvention, dataLoaderConvention);
		this.loaders = loaders;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		ExecutionInput observed = super.instrumentExecutionInput(executionInput, parameters, state);
		DataLoaderRegistry registry = observed.getDataLoaderRegistry();
		return observed.transform((builder) -> builder.dataLoaderRegistry(
				new OnDemandDataLoaderRegistry(registry, this.loaders, executionInput.getGraphQLContext())));
	}

}
