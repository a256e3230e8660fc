package org.spmawards.api.support;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.Page;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code first} and {@code after} arguments of connection fields and builds the
 * connection for a page. Cursors are opaque (Base64) positions in the list.
 */
@Component
public class Pagination {

	/** The page size when {@code first} is not given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	private final CursorStrategy<ScrollPosition> cursors;

	public Pagination(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/**
	 * Checks the arguments of a connection field.
	 * @param first how many items were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @return the slice asked for
	 * @throws InvalidArgumentException if {@code first} is out of range or {@code after}
	 * is not a cursor from this API
	 */
	public PageRequest request(@Nullable Integer first, @Nullable String after) {
		int limit = (first != null) ? first : DEFAULT_SIZE;
		if (limit < 0 || limit > MAX_SIZE) {
			throw new InvalidArgumentException("first",
					"Argument 'first' must be between 0 and " + MAX_SIZE + ", but was " + first);
		}
		return new PageRequest((after != null) ? positionAfter(after) : 0, limit);
	}

	private long positionAfter(String cursor) {
		ScrollPosition position;
		try {
			position = this.cursors.fromCursor(cursor);
		}
		catch (RuntimeException ex) {
			position = null;
		}
		if (!(position instanceof OffsetScrollPosition offset) || offset.isInitial()) {
			throw new InvalidArgumentException("after", "Argument 'after' is not a cursor from this API: pass the "
					+ "endCursor of an earlier page, or an edge's cursor, unchanged");
		}
		return offset.getOffset() + 1;
	}

	/**
	 * Builds the connection for a page.
	 * @param <T> the item type
	 * @param page the page
	 * @return the connection
	 */
	public <T> Connection<T> connection(Page<T> page) {
		List<Connection.Edge<T>> edges = new ArrayList<>(page.items().size());
		for (int i = 0; i < page.items().size(); i++) {
			String cursor = this.cursors.toCursor(ScrollPosition.offset(page.offset() + i));
			edges.add(new Connection.Edge<>(cursor, page.items().get(i)));
		}
		Connection.PageInfo info = new Connection.PageInfo(page.hasNext(), page.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, page.totalCount());
	}

}
