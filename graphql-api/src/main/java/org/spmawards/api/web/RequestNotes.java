package org.spmawards.api.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the handlers of a request note for the request log: the GraphQL operation and how
 * the caches answered. The log puts one in the exchange's attributes before anything else
 * runs; the attributes a GraphQL interceptor sees are a read-only view of those, so the
 * notes are the one mutable thing in them.
 */
public final class RequestNotes {

	/** The attribute that holds the notes. */
	public static final String ATTRIBUTE = RequestNotes.class.getName();

	private volatile @Nullable String operationName;

	private volatile @Nullable String cache;

	/**
	 * Notes the GraphQL operation's name.
	 * @param attributes the request's attributes
	 * @param name the name
	 */
	public static void operationName(Map<String, Object> attributes, String name) {
		if (attributes.get(ATTRIBUTE) instanceof RequestNotes notes) {
			notes.operationName = name;
		}
	}

	/**
	 * Notes how the caches answered.
	 * @param attributes the request's attributes
	 * @param cache {@code hit}, {@code miss} or {@code not-modified}
	 */
	public static void cache(Map<String, Object> attributes, String cache) {
		if (attributes.get(ATTRIBUTE) instanceof RequestNotes notes) {
			notes.cache = cache;
		}
	}

	/**
	 * Returns the GraphQL operation's name.
	 * @return the name, or {@code null} if unknown
	 */
	public @Nullable String operationName() {
		return this.operationName;
	}

	/**
	 * Returns how the caches answered.
	 * @return the answer, or {@code null} if no cache was asked
	 */
	public @Nullable String cache() {
		return this.cache;
	}

}
