package org.spmawards.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.Page;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code first}, {@code after}, {@code last} and {@code before} arguments of
 * connection fields and builds the connection for a page. Cursors are opaque (Base64)
 * positions in the list.
 */
@Component
public class Pagination {

	/** The page size when neither {@code first} nor {@code last} is given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	/** No list of this API is this long: a cursor past it was not made here. */
	private static final long MAX_POSITION = 10_000_000;

	private final CursorStrategy<ScrollPosition> cursors;

	public Pagination(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/**
	 * Checks the forward arguments of a connection field.
	 * @param first how many items were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @return the slice asked for
	 */
	public PageRequest request(@Nullable Integer first, @Nullable String after) {
		return request(first, after, null, null);
	}

	/**
	 * Checks the arguments of a connection field.
	 * @param first how many items from the start were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @param last how many items from the end were asked for, or {@code null}
	 * @param before the cursor to stop before, or {@code null}
	 * @return the slice asked for
	 * @throws InvalidArgumentException if a size is out of range, both sizes are given,
	 * or a cursor is not one from this API
	 */
	public PageRequest request(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last",
					"Arguments 'first' and 'last' cannot be given together: page forward with first and after, or"
							+ " backward with last and before");
		}
		checkSize("first", first);
		checkSize("last", last);
		long start = (after != null) ? position("after", after) + 1 : 0;
		Long end = (before != null) ? position("before", before) : null;
		if (last == null) {
			int limit = (first != null) ? first : DEFAULT_SIZE;
			if (end != null) {
				limit = (int) Math.min(limit, Math.max(0, end - start));
			}
			return PageRequest.of(start, limit);
		}
		if (end == null) {
			return new PageRequest(start, last, true);
		}
		long from = Math.max(start, end - last);
		return PageRequest.of(from, (int) Math.max(0, end - from));
	}

	/**
	 * Reads the page asked for. A page counted from the end needs the list's length
	 * first, so it costs one statement more.
	 * @param <P> the page type
	 * @param request the slice asked for
	 * @param reader reads the page at an offset and of a size
	 * @param totalCount the length of the whole list, from a page
	 * @return the page
	 */
	public <P> Mono<P> read(PageRequest request, Function<PageRequest, Mono<P>> reader, ToLongFunction<P> totalCount) {
		if (!request.fromEnd()) {
			return reader.apply(request);
		}
		return reader.apply(PageRequest.of(request.offset(), 0)).flatMap((counted) -> {
			long total = totalCount.applyAsLong(counted);
			long from = Math.max(request.offset(), total - request.limit());
			return reader.apply(PageRequest.of(from, (int) Math.max(0, Math.min(request.limit(), total - from))));
		});
	}

	/**
	 * Reads the page of a list that a connection field asks for, as a connection.
	 * @param <T> the item type
	 * @param first how many items from the start were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @param last how many items from the end were asked for, or {@code null}
	 * @param before the cursor to stop before, or {@code null}
	 * @param reader reads the page at an offset and of a size
	 * @return the connection
	 */
	public <T> Mono<Connection<T>> connection(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before, Function<PageRequest, Mono<Page<T>>> reader) {
		return read(request(first, after, last, before), reader, Page::totalCount).map(this::connection);
	}

	private static void checkSize(String argument, @Nullable Integer size) {
		if (size != null && (size < 0 || size > MAX_SIZE)) {
			throw new InvalidArgumentException(argument,
					"Argument '" + argument + "' must be between 0 and " + MAX_SIZE + ", but was " + size);
		}
	}

	private long position(String argument, String cursor) {
		ScrollPosition position;
		try {
			position = this.cursors.fromCursor(cursor);
		}
		catch (RuntimeException ex) {
			position = null;
		}
		if (!(position instanceof OffsetScrollPosition offset) || offset.isInitial() || offset.getOffset() < 0
				|| offset.getOffset() > MAX_POSITION) {
			throw new InvalidArgumentException(argument, "Argument '" + argument + "' is not a cursor from this API:"
					+ " pass the endCursor or startCursor of an earlier page, or an edge's cursor, unchanged");
		}
		return offset.getOffset();
	}

	/**
	 * Builds the connection for a page.
	 * @param <T> the item type
	 * @param page the page
	 * @return the connection
	 */
	public <T> Connection<T> connection(Page<T> page) {
		List<Connection.Edge<T>> edges = edges(page.items(), page.offset());
		Connection.PageInfo info = new Connection.PageInfo(page.hasNext(), page.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, page.totalCount());
	}

	/**
	 * Gives the items of a page their cursors.
	 * @param <T> the item type
	 * @param items the items of the page
	 * @param offset the position of the first item in the whole list, from 0
	 * @return the edges
	 */
	public <T> List<Connection.Edge<T>> edges(List<T> items, long offset) {
		List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			String cursor = this.cursors.toCursor(ScrollPosition.offset(offset + i));
			edges.add(new Connection.Edge<>(cursor, items.get(i)));
		}
		return edges;
	}

}
