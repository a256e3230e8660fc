package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.persistence.index.AchievementRepository;
import org.spmawards.persistence.index.AchievementRow;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.Paging;
import org.spmawards.persistence.support.StatementCancellation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Runs journalists' custom queries: a page of index values or service achievements, or
 * grouped statistics, each in one statement. Each runs within a time limit
 * ({@code spm.query.statement-timeout}), past which its statements are cancelled in
 * PostgreSQL, so a runaway query does not hold a connection. The statements are built
 * here from typed filters (never the client's SQL) and only read.
 */
@Repository
public class CustomQueryRepository {

	private static final List<String> ACHIEVEMENT_COLUMNS = List.of("fiscal_year", "region_code", "service_type_code",
			"sector_code", "target", "served", "quality_pct", "achievement", "achievement_level", "verification",
			"sources", "note");

	private final DatabaseClient database;

	private final Duration timeout;

	public CustomQueryRepository(DatabaseClient database, CustomQueryProperties properties) {
		this.database = database;
		Duration timeout = properties.statementTimeout();
		this.timeout = (timeout.toMillis() < 1) ? Duration.ofMillis(1) : timeout;
	}

	/**
	 * Reads a page of index values.
	 * @param filter the filter
	 * @param orders the order; ties are broken by fiscal year, region and field
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the page with the count of all matching rows
	 */
	public Mono<Page<IndexValue>> indexValues(Filter filter, List<SortOrder> orders, long offset, int limit) {
		return indexValues(filter, orders, null, offset, limit);
	}

	/**
	 * Reads a page of index values, ordered by their change since an earlier fiscal year
	 * where the order names {@link QueryField#CHANGE}.
	 * @param filter the filter
	 * @param orders the order; ties are broken by fiscal year, region and field
	 * @param changeFrom the earlier fiscal year, or {@code null}
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the page with the count of all matching rows
	 */
	public Mono<Page<IndexValue>> indexValues(Filter filter, List<SortOrder> orders, @Nullable Integer changeFrom,
			long offset, int limit) {
		return page(QuerySql.page(QuerySubject.INDEX_VALUES, IndexRepository.COLUMN_NAMES, filter, orders, changeFrom,
				offset, limit), QuerySubject.INDEX_VALUES, filter, offset, IndexRepository::indexValue);
	}

	/**
	 * Reads a page of service achievements.
	 * @param filter the filter
	 * @param orders the order; ties are broken by fiscal year, region and service type
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the page with the count of all matching rows
	 */
	public Mono<Page<AchievementRow>> achievements(Filter filter, List<SortOrder> orders, long offset, int limit) {
		return page(QuerySql.page(QuerySubject.ACHIEVEMENTS, ACHIEVEMENT_COLUMNS, filter, orders, offset, limit),
				QuerySubject.ACHIEVEMENTS, filter, offset, AchievementRepository::row);
	}

	/**
	 * Summarises the index values or the service achievements that match a filter.
	 * @param subject index values or achievements
	 * @param filter the filter
	 * @param groupBy the grouping fields, possibly none for one group of everything
	 * @return the groups, ordered by their keys
	 */
	public Flux<StatisticsGroup> statistics(QuerySubject subject, Filter filter, List<QueryField> groupBy) {
		QuerySql query = QuerySql.statistics(subject, filter, groupBy);
		Flux<StatisticsGroup> groups = bind(query).map((row) -> {
			Map<QueryField, @Nullable Object> keys = new LinkedHashMap<>();
			for (QueryField field : groupBy) {
				Object key = row.get(field.column());
				keys.put(field, (key instanceof Number number) ? Integer.valueOf(number.intValue()) : key);
			}
			return new StatisticsGroup(keys, row.get("n", Long.class),
					new StatisticsGroup.OriginCounts(count(row, "published"), count(row, "computed"),
							count(row, "synthetic")),
					row.get("mean", BigDecimal.class), row.get("min", BigDecimal.class),
					row.get("max", BigDecimal.class), row.get("median", BigDecimal.class),
					row.get("stddev", BigDecimal.class));
		}).all();
		return guarded(groups.collectList()).flatMapIterable((list) -> list);
	}

	private <T> Mono<Page<T>> page(QuerySql query, QuerySubject subject, Filter filter, long offset,
			Function<Readable, T> mapper) {
		return guarded(Paging.page(bind(query), mapper, offset, () -> count(subject, filter)));
	}

	private Mono<Long> count(QuerySubject subject, Filter filter) {
		return bind(QuerySql.count(subject, filter)).map((row) -> row.get("n", Long.class)).one();
	}

	private DatabaseClient.GenericExecuteSpec bind(QuerySql query) {
		DatabaseClient.GenericExecuteSpec spec = this.database.sql(query.sql());
		for (Map.Entry<String, Object> parameter : query.parameters().entrySet()) {
			spec = spec.bind(parameter.getKey(), parameter.getValue());
		}
		return spec;
	}

	/**
	 * Runs a query within the statement timeout: past it, the query's statements are
	 * cancelled in PostgreSQL ({@link StatementCancellation}), as a {@code SET LOCAL
	 * statement_timeout} would have them, without the transaction that needs (three more
	 * round trips per query: the transaction's begin, the setting, its commit).
	 * @param <T> the result type
	 * @param query the query
	 * @return the result, or {@link QueryTimedOutException} when it was cancelled
	 */
	<T> Mono<T> guarded(Mono<T> query) {
		return StatementCancellation.limited(query, this.timeout)
			.onErrorMap((ex) -> ex instanceof TimeoutException || StatementCancellation.cancelled(ex),
					(ex) -> new QueryTimedOutException(this.timeout, ex));
	}

	private static long count(Readable row, String column) {
		Long value = row.get(column, Long.class);
		return (value != null) ? value : 0;
	}

}
