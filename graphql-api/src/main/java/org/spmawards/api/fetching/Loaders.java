package org.spmawards.api.fetching;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/**
 * Loading through a data loader when the key may be absent.
 */
public final class Loaders {

	private Loaders() {
	}

	/**
	 * Loads the value of a key, or answers {@code null} at once for a {@code null} key.
	 * @param <K> the key type
	 * @param <V> the value type
	 * @param loader the loader
	 * @param key the key, or {@code null}
	 * @return the value, or {@code null}
	 */
	public static <K, V> CompletableFuture<@Nullable V> loadIfPresent(DataLoader<K, V> loader, @Nullable K key) {
		return (key != null) ? loader.load(key) : CompletableFuture.completedFuture(null);
	}

}
