package org.spmawards.api.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Relay cursor connection: one page of a list, each item with its cursor, and the size
 * of the whole list.
 *
 * @param <T> the item type
 * @param edges the items with their cursors
 * @param pageInfo where the page sits in the list
 * @param totalCount the number of items in the whole list
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * Returns the items without their cursors.
	 * @return the items
	 */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/**
	 * An item with its cursor.
	 *
	 * @param <T> the item type
	 * @param cursor the opaque cursor to continue after this item
	 * @param node the item
	 */
	public record Edge<T>(String cursor, T node) {

	}

	/**
	 * Where a page sits in the whole list.
	 *
	 * @param hasNextPage whether items follow
	 * @param hasPreviousPage whether items precede
	 * @param startCursor the first item's cursor, or {@code null} for an empty page
	 * @param endCursor the last item's cursor, or {@code null} for an empty page
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {

	}

}
