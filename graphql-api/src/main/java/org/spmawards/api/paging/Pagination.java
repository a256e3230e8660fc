package org.spmawards.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.persistence.support.DataVersion;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.DataScope;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Reads the {@code first}, {@code after}, {@code last} and {@code before} arguments of
 * connection fields and builds the connection for a page. A cursor is opaque (Base64) and
 * holds a position in the list, the connection field that gave it and the data version it
 * was given at ({@code rankings|42|39}): another connection field refuses it, and so does
 * the same one once an import changed the data, since the positions may have moved.
 */
@Component
public class Pagination {

	/** The page size when neither {@code first} nor {@code last} is given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	/** No list of this API is this long: a cursor past it was not made here. */
	private static final long MAX_POSITION = 10_000_000;

	/** Where a request keeps the data version of its cursors. */
	private static final String VERSION = Pagination.class.getName() + ".dataVersion";

	private final DataVersion dataVersion;

	public Pagination(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/**
	 * Returns a cursor, as this API gives them.
	 * @param connection the connection field that gives it, e.g. {@code rankings}
	 * @param dataVersion the data version it is given at
	 * @param position the item's position in the list, from 0
	 * @return the cursor
	 */
	public static String cursor(String connection, long dataVersion, long position) {
		return Base64.getEncoder()
			.encodeToString((connection + "|" + dataVersion + "|" + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Checks the arguments of a connection field.
	 * @param environment the connection field's
	 * @param first how many items from the start were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @param last how many items from the end were asked for, or {@code null}
	 * @param before the cursor to stop before, or {@code null}
	 * @return the slice asked for
	 * @throws InvalidArgumentException if a size is out of range, both sizes are given,
	 * or a cursor is not one from this API
	 */
	public PageRequest request(DataFetchingEnvironment environment, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before) {
		String connection = environment.getField().getName();
		// the data version of the request's cursors, taken before any page is read
		version(environment);
		if (first != null && last != null) {
			throw new InvalidArgumentException("last",
					"Arguments 'first' and 'last' cannot be given together: page forward with first and after, or"
							+ " backward with last and before");
		}
		checkSize("first", first);
		checkSize("last", last);
		long start = (after != null) ? position(environment, connection, "after", after) + 1 : 0;
		Long end = (before != null) ? position(environment, connection, "before", before) : null;
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
	 * @param environment the connection field's
	 * @param first how many items from the start were asked for, or {@code null}
	 * @param after the cursor to continue after, or {@code null}
	 * @param last how many items from the end were asked for, or {@code null}
	 * @param before the cursor to stop before, or {@code null}
	 * @param reader reads the page at an offset and of a size
	 * @return the connection
	 */
	public <T> Mono<Connection<T>> connection(DataFetchingEnvironment environment, @Nullable Integer first,
			@Nullable String after, @Nullable Integer last, @Nullable String before,
			Function<PageRequest, Mono<Page<T>>> reader) {
		return read(request(environment, first, after, last, before), reader, Page::totalCount)
			.map((page) -> connection(environment, page));
	}

	private static void checkSize(String argument, @Nullable Integer size) {
		if (size != null && (size < 0 || size > MAX_SIZE)) {
			throw new InvalidArgumentException(argument,
					"Argument '" + argument + "' must be between 0 and " + MAX_SIZE + ", but was " + size);
		}
	}

	private long position(DataFetchingEnvironment environment, String connection, String argument, String cursor) {
		String[] parts;
		try {
			parts = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
		}
		catch (IllegalArgumentException ex) {
			parts = new String[0];
		}
		Long version = (parts.length == 3) ? number(parts[1]) : null;
		Long position = (parts.length == 3) ? number(parts[2]) : null;
		if (version == null || position == null || position > MAX_POSITION) {
			throw new InvalidArgumentException(argument, "Argument '" + argument + "' is not a cursor from this API:"
					+ " pass the endCursor or startCursor of an earlier page, or an edge's cursor, unchanged");
		}
		if (!parts[0].equals(connection)) {
			throw new InvalidArgumentException(argument,
					"Argument '" + argument + "' is a cursor of another list ("
							+ ((parts[0].length() <= 40) ? parts[0] : "another field") + "): pass a cursor that "
							+ connection + " gave");
		}
		long now = version(environment);
		// good while what the list reads did not change since the cursor was given
		if (version > now || version < changedAt(environment, now)) {
			throw new InvalidArgumentException(argument, "The data changed since this cursor was given (data version "
					+ version + ", now " + now + "): the list may have moved, so start again from its first page");
		}
		return position;
	}

	/**
	 * Says what part of the data a connection field's list is made of, so that its
	 * cursors stay good while other parts change (a ranking's cursors hold through an
	 * import of another fiscal year); call it before {@link #request}. A list whose scope
	 * is not said is made of every year: its cursors hold until the next change.
	 * @param environment the connection field's
	 * @param scope what its list reads
	 */
	public void scope(DataFetchingEnvironment environment, DataScope scope) {
		environment.getGraphQlContext().put(scopeKey(environment), scope);
	}

	/**
	 * The data version a request's cursors are given at: the one it first read, before
	 * any of its pages, so that a page read while an import commits never gets cursors of
	 * the new data.
	 */
	private long version(DataFetchingEnvironment environment) {
		GraphQLContext context = environment.getGraphQlContext();
		Long version = context.get(VERSION);
		if (version == null) {
			version = this.dataVersion.current();
			context.put(VERSION, version);
		}
		return version;
	}

	/**
	 * The last change of what a connection's list reads: the request's version if not
	 * said.
	 */
	private long changedAt(DataFetchingEnvironment environment, long now) {
		DataScope scope = environment.getGraphQlContext().get(scopeKey(environment));
		return (scope != null) ? this.dataVersion.versionOf(scope) : now;
	}

	private static String scopeKey(DataFetchingEnvironment environment) {
		return VERSION + "@" + environment.getExecutionStepInfo().getPath();
	}

	private static @Nullable Long number(String text) {
		if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.parseLong(text);
	}

	/**
	 * Builds the connection for a page.
	 * @param <T> the item type
	 * @param environment the connection field's
	 * @param page the page
	 * @return the connection
	 */
	public <T> Connection<T> connection(DataFetchingEnvironment environment, Page<T> page) {
		List<Connection.Edge<T>> edges = edges(environment, page.items(), page.offset());
		Connection.PageInfo info = new Connection.PageInfo(page.hasNext(), page.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, page.totalCount());
	}

	/**
	 * Gives the items of a page their cursors.
	 * @param <T> the item type
	 * @param environment the connection field's
	 * @param items the items of the page
	 * @param offset the position of the first item in the whole list, from 0
	 * @return the edges
	 */
	public <T> List<Connection.Edge<T>> edges(DataFetchingEnvironment environment, List<T> items, long offset) {
		String connection = environment.getField().getName();
		long version = version(environment);
		List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			String cursor = cursor(connection, version, offset + i);
			edges.add(new Connection.Edge<>(cursor, items.get(i)));
		}
		return edges;
	}

}
