package org.spmawards.persistence.support;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the length of the whole list.
 *
 * @param <T> the item type
 * @param items the items on this page, in order
 * @param offset the position of the first item in the whole list, from 0
 * @param totalCount the number of items in the whole list
 */
public record Page<T>(List<T> items, long offset, long totalCount) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * Returns the same page with each item mapped.
	 * @param <R> the new item type
	 * @param mapper maps an item
	 * @return the mapped page
	 */
	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.offset, this.totalCount);
	}

	/**
	 * Returns whether items follow this page.
	 * @return {@code true} if the list goes on after this page
	 */
	public boolean hasNext() {
		return this.offset + this.items.size() < this.totalCount;
	}

}
