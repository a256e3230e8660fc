package org.spmawards.persistence.support;

import io.r2dbc.spi.Wrapped;
import org.jspecify.annotations.Nullable;

/**
 * Finds the driver's own object behind the pool's and this service's wrappers. Not
 * {@link Wrapped#unwrap(Class)}: its default returns null when the innermost object, the
 * driver's, does not implement {@code Wrapped} itself.
 */
final class Unwrapping {

	private Unwrapping() {
	}

	static <T> @Nullable T find(Object object, Class<T> type) {
		Object unwrapped = object;
		while (!type.isInstance(unwrapped) && unwrapped instanceof Wrapped<?> wrapped
				&& wrapped.unwrap() != unwrapped) {
			unwrapped = wrapped.unwrap();
		}
		return type.isInstance(unwrapped) ? type.cast(unwrapped) : null;
	}

}
