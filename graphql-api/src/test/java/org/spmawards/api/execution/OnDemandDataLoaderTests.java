package org.spmawards.api.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A request's data loaders are made when it first asks for one, and work as those Spring
 * registers up front: with the request's context, observed, one per name.
 */
class OnDemandDataLoaderTests {

	private final OnDemandBatchLoaderRegistry loaders = new OnDemandBatchLoaderRegistry();

	private final GraphQLContext context = GraphQLContext.newContext().of("offset", 100).build();

	OnDemandDataLoaderTests() {
		this.loaders.<Integer, Integer>forName("shifted").registerMappedBatchLoader((keys, environment) -> {
			int offset = environment.<GraphQLContext>getContext().get("offset");
			return Mono.just(keys.stream().collect(Collectors.toMap(Function.identity(), (key) -> key + offset)));
		});
		this.loaders.<String, Integer>forName("lengths")
			.registerBatchLoader((keys, environment) -> Flux.fromIterable(keys).map(String::length));
	}

	@Test
	void makesOnlyTheLoadersARequestAsksFor() {
		DataLoaderRegistry registry = new OnDemandDataLoaderRegistry(new DataLoaderRegistry(), this.loaders,
				this.context);
		assertThat(registry.getDataLoaders()).isEmpty();
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("shifted", "lengths");
		DataLoader<Integer, Integer> shifted = registry.getDataLoader("shifted");
		assertThat(shifted).isNotNull();
		assertThat(registry.<Integer, Integer>getDataLoader("shifted")).isSameAs(shifted);
		assertThat(registry.getDataLoaders()).containsExactly(shifted);
		assertThat(registry.<Object, Object>getDataLoader("unknown")).isNull();
	}

	@Test
	void loadsWithTheRequestsContext() {
		DataLoaderRegistry registry = new OnDemandDataLoaderRegistry(new DataLoaderRegistry(), this.loaders,
				this.context);
		CompletableFuture<Integer> shifted = registry.<Integer, Integer>getDataLoader("shifted").load(7);
		CompletableFuture<List<Integer>> lengths = registry.<String, Integer>getDataLoader("lengths")
			.loadMany(List.of("Kota", "Tangerang"));
		registry.dispatchAll();
		assertThat(shifted.join()).isEqualTo(107);
		assertThat(lengths.join()).containsExactly(4, 9);
	}

	@Test
	void keepsTheLoadersAlreadyRegistered() {
		DataLoaderRegistry registered = new DataLoaderRegistry();
		DataLoader<String, String> echo = DataLoaderFactory
			.newDataLoader((BatchLoader<String, String>) CompletableFuture::completedFuture);
		registered.register("echo", echo);
		DataLoaderRegistry registry = new OnDemandDataLoaderRegistry(registered, this.loaders, this.context);
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("echo", "shifted", "lengths");
		assertThat(registry.<String, String>getDataLoader("echo")).isNotNull();
	}

	@Test
	void observesTheLoadersItMakesAfterSpringsObservations() {
		GraphQlObservationInstrumentation observations = new GraphQlObservationInstrumentation(
				ObservationRegistry.create());
		ExecutionInput input = ExecutionInput.newExecutionInput("{ __typename }").graphQLContext(Map.of()).build();
		ExecutionInput observed = observations.instrumentExecutionInput(input, null, null);
		DataLoaderRegistry registry = new OnDemandDataLoaders(this.loaders)
			.instrumentExecutionInput(observed, null, null)
			.getDataLoaderRegistry();
		assertThat(registry).isInstanceOf(OnDemandDataLoaderRegistry.class);
		assertThat(registry.getInstrumentation()).isNotNull();
		assertThat(registry.getDataLoader("lengths").getOptions().getInstrumentation())
			.isSameAs(registry.getInstrumentation());
	}

	@Test
	void makesTheLoadersWithoutObservations() {
		ExecutionInput input = ExecutionInput.newExecutionInput("{ __typename }").graphQLContext(Map.of()).build();
		DataLoaderRegistry registry = new OnDemandDataLoaders(this.loaders).instrumentExecutionInput(input, null, null)
			.getDataLoaderRegistry();
		assertThat(registry).isInstanceOf(OnDemandDataLoaderRegistry.class);
		assertThat(registry.getDataLoader("lengths")).isNotNull();
	}

	@Test
	void registersEveryLoaderInAnotherRegistry() {
		DataLoaderRegistry registry = new DataLoaderRegistry();
		this.loaders.registerDataLoaders(registry, this.context);
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("shifted", "lengths");
	}

	@Test
	void refusesTwoLoadersOfOneName() {
		this.loaders.<String, Integer>forName("lengths")
			.registerBatchLoader((keys, environment) -> Flux.fromIterable(keys).map(String::length));
		assertThatIllegalStateException().isThrownBy(() -> this.loaders.has("lengths"))
			.withMessage("More than one DataLoader named 'lengths'");
	}

}
