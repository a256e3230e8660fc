package org.spmawards.api.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the handlers of a request note for the request log and the HTTP caching: the
 * GraphQL operation, how the caches answered, and the version of the data the answer was
 * made from. The log puts one in the exchange's attributes before anything else runs; the
 * attributes a GraphQL interceptor sees are a read-only view of those, so the notes are
 * the one mutable thing in them.
 */
public final class RequestNotes {

	/** The attribute that holds the notes. */
	public static final String ATTRIBUTE = RequestNotes.class.getName();

	private volatile @Nullable String operationName;

	private volatile @Nullable String cache;

	private volatile @Nullable Long dataVersion;

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
	 * Notes the version of the data an answer was made from: the last change of what it
	 * read, which an import of something else leaves as it is.
	 * @param attributes the request's attributes
	 * @param version the version
	 */
	public static void dataVersion(Map<String, Object> attributes, long version) {
		if (attributes.get(ATTRIBUTE) instanceof RequestNotes notes) {
			notes.dataVersion = version;
		}
	}

	/**
	 * Returns the version of the data the answer was made from.
	 * @param attributes the request's attributes
	 * @return the version, or {@code null} if not noted
	 */
	public static @Nullable Long dataVersion(Map<String, Object> attributes) {
		return (attributes.get(ATTRIBUTE) instanceof RequestNotes notes) ? notes.dataVersion : null;
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
