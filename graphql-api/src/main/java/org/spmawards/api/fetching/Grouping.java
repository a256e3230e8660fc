package org.spmawards.api.fetching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Spreads the rows of one batched statement over the parents that asked for them, keeping
 * the statement's order and giving a parent with no rows an empty list, never null.
 */
public final class Grouping {

	private Grouping() {
	}

	/**
	 * Returns a function that groups rows by a key, keeping their order.
	 * @param <K> the key type
	 * @param <T> the row type
	 * @param key the key of a row
	 * @return the grouping function
	 */
	public static <K, T> Function<List<T>, Map<K, List<T>>> by(Function<T, @Nullable K> key) {
		return (rows) -> rows.stream()
			.filter((row) -> key.apply(row) != null)
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * Maps each parent to its rows, or to an empty list.
	 * @param <P> the parent type
	 * @param <T> the row type
	 * @param parents the parents, as the batch received them
	 * @param rows the rows of a parent, or {@code null} if it has none
	 * @return the rows of every parent
	 */
	public static <P, T> Map<P, List<T>> forEach(List<P> parents, Function<P, @Nullable List<T>> rows) {
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			List<T> found = rows.apply(parent);
			result.put(parent, (found != null) ? found : List.of());
		}
		return result;
	}

}
