package org.spmawards.persistence.support;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reads a page of a list in one statement whose every row carries the length of the whole
 * list as {@value #TOTAL_COUNT} ({@code count(*) over ()}). Past the last row there is no
 * row to carry it, so only then is the list counted by a second statement.
 */
public final class Paging {

	/** The column of the whole list's length. */
	public static final String TOTAL_COUNT = "total_count";

	private Paging() {
	}

	/**
	 * Reads a page.
	 * @param <T> the item type
	 * @param query the statement, selecting {@value #TOTAL_COUNT} beside each row
	 * @param item maps a row
	 * @param offset the position of the page's first row
	 * @param countPastTheEnd counts the list, for a page past its end
	 * @return the page
	 */
	public static <T> Mono<Page<T>> page(DatabaseClient.GenericExecuteSpec query, Function<Readable, T> item,
			long offset, Supplier<Mono<Long>> countPastTheEnd) {
		return query.map((row) -> new Counted<>(item.apply(row), row.get(TOTAL_COUNT, Long.class)))
			.all()
			.collectList()
			.flatMap((rows) -> rows.isEmpty()
					? countPastTheEnd.get().map((total) -> new Page<T>(List.of(), offset, total))
					: Mono.just(new Page<>(rows.stream().map(Counted::item).toList(), offset, rows.get(0).total())));
	}

	private record Counted<T>(T item, Long total) {

	}

}
