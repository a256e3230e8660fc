package org.spmawards.api.execution;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives each request an {@link OnDemandDataLoaderRegistry}, which makes the request's
 * data loaders when it first asks for one. It wraps whatever registry the request holds
 * when it runs, so it is added after every other instrumentation: Spring's observations,
 * when present, replace a request's registry with an observed copy, and the loaders made
 * on demand take that copy's instrumentation. Data loading does not depend on them:
 * without observations the request's own registry is wrapped. Retired once Spring for
 * GraphQL makes a request's loaders lazily (java-dataloader#67 asks for a registry that
 * does).
 */
final class OnDemandDataLoaders implements Instrumentation {

	private final OnDemandBatchLoaderRegistry loaders;

	OnDemandDataLoaders(OnDemandBatchLoaderRegistry loaders) {
		this.loaders = loaders;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		return executionInput.transform((builder) -> builder.dataLoaderRegistry(new OnDemandDataLoaderRegistry(
				executionInput.getDataLoaderRegistry(), this.loaders, executionInput.getGraphQLContext())));
	}

}
