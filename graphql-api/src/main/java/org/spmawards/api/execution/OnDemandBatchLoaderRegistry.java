package org.spmawards.api.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * The service's batch loaders, registered as with Spring's
 * {@link DefaultBatchLoaderRegistry} (one of which holds each), but made into a request's
 * {@link DataLoader}s only when the request first asks for one: see
 * {@link OnDemandDataLoaderRegistry}. Spring makes every registered loader for every
 * request (about twenty here, each made twice once observed), although a request uses one
 * or two of them: that was a twentieth of the CPU time of a region page.
 * <p>
 * {@link #registerDataLoaders(DataLoaderRegistry, GraphQLContext)} still registers them
 * all, for whoever calls it with a registry of their own.
 */
final class OnDemandBatchLoaderRegistry implements BatchLoaderRegistry {

	private final List<DefaultBatchLoaderRegistry> registrations = new CopyOnWriteArrayList<>();

	private volatile @Nullable Map<String, DefaultBatchLoaderRegistry> byName;

	@Override
	public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
		return register().forTypePair(keyType, valueType);
	}

	@Override
	public <K, V> RegistrationSpec<K, V> forName(String name) {
		return register().forName(name);
	}

	private DefaultBatchLoaderRegistry register() {
		DefaultBatchLoaderRegistry registration = new DefaultBatchLoaderRegistry();
		this.registrations.add(registration);
		this.byName = null;
		return registration;
	}

	@Override
	public boolean hasRegistrations() {
		return this.registrations.stream().anyMatch(DefaultBatchLoaderRegistry::hasRegistrations);
	}

	@Override
	public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
		this.registrations.forEach((registration) -> registration.registerDataLoaders(registry, context));
	}

	/**
	 * Whether a loader of the given name is registered.
	 * @param name the loader's name
	 * @return whether {@link #dataLoader(String, GraphQLContext)} makes it
	 */
	boolean has(String name) {
		return byName().containsKey(name);
	}

	/**
	 * The names of the registered loaders.
	 * @return the names
	 */
	Iterable<String> names() {
		return byName().keySet();
	}

	/**
	 * Makes a request's data loader, as {@link DefaultBatchLoaderRegistry} makes it.
	 * @param name the loader's name
	 * @param context the request's context, for the loader's environment
	 * @return the data loader, or {@code null} if none has the name
	 */
	@Nullable DataLoader<?, ?> dataLoader(String name, GraphQLContext context) {
		DefaultBatchLoaderRegistry registration = byName().get(name);
		if (registration == null) {
			return null;
		}
		DataLoaderRegistry made = new DataLoaderRegistry();
		registration.registerDataLoaders(made, context);
		return made.getDataLoader(name);
	}

	/**
	 * The registrations by the name of their loader, found once (registrations are made
	 * while the application starts) by having each make its loader once.
	 */
	private Map<String, DefaultBatchLoaderRegistry> byName() {
		Map<String, DefaultBatchLoaderRegistry> names = this.byName;
		if (names == null) {
			GraphQLContext none = GraphQLContext.newContext().build();
			Map<String, DefaultBatchLoaderRegistry> found = new HashMap<>();
			for (DefaultBatchLoaderRegistry registration : this.registrations) {
				DataLoaderRegistry probe = new DataLoaderRegistry();
				registration.registerDataLoaders(probe, none);
				for (String name : probe.getKeys()) {
					if (found.put(name, registration) != null) {
						throw new IllegalStateException("More than one DataLoader named '" + name + "'");
					}
				}
			}
			names = Map.copyOf(found);
			this.byName = names;
		}
		return names;
	}

}
