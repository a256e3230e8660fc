package org.spmawards.api.execution;

import java.util.LinkedHashSet;
import java.util.Set;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A request's data loaders, each made the first time the request asks for it (by name, as
 * every data fetcher and Spring's handler methods do), instead of all of them before the
 * request starts. A loader is made once per request, with the registry's instrumentation,
 * as if it had been registered up front; graphql-java dispatches the loaders made so far,
 * which are the only ones that can hold keys.
 */
final class OnDemandDataLoaderRegistry extends DataLoaderRegistry {

	private final OnDemandBatchLoaderRegistry loaders;

	private final GraphQLContext context;

	/**
	 * Makes a registry with the loaders and instrumentation of another.
	 * @param registered the registry whose loaders and instrumentation to take
	 * @param loaders the loaders to make on demand
	 * @param context the request's context
	 */
	OnDemandDataLoaderRegistry(DataLoaderRegistry registered, OnDemandBatchLoaderRegistry loaders,
			GraphQLContext context) {
		super(registered.getDataLoadersMap(), registered.getInstrumentation());
		this.loaders = loaders;
		this.context = context;
	}

	@Override
	public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
		DataLoader<K, V> made = super.getDataLoader(key);
		if (made != null || !this.loaders.has(key)) {
			return made;
		}
		return computeIfAbsent(key, (name) -> this.loaders.dataLoader(name, this.context));
	}

	@Override
	public Set<String> getKeys() {
		Set<String> keys = new LinkedHashSet<>(super.getKeys());
		this.loaders.names().forEach(keys::add);
		return keys;
	}

}
