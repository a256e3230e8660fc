package org.spmawards.api.paging;

/**
 * Which slice of a list a connection field was asked for.
 *
 * @param offset how many items to skip; with {@code fromEnd}, the least to skip
 * @param limit how many items to return at most
 * @param fromEnd whether the slice is the last {@code limit} items, which can only be
 * placed once the list's length is known ({@code last} without {@code before})
 */
public record PageRequest(long offset, int limit, boolean fromEnd) {

	/**
	 * Returns a slice counted from the start.
	 * @param offset how many items to skip
	 * @param limit how many items to return at most
	 * @return the slice
	 */
	public static PageRequest of(long offset, int limit) {
		return new PageRequest(offset, limit, false);
	}

}
