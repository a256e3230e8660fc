package org.spmawards.persistence.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.data.relational.core.dialect.RenderContextFactory;
import org.springframework.data.relational.core.sql.AnalyticFunction;
import org.springframework.data.relational.core.sql.BindMarker;
import org.springframework.data.relational.core.sql.Column;
import org.springframework.data.relational.core.sql.Condition;
import org.springframework.data.relational.core.sql.Conditions;
import org.springframework.data.relational.core.sql.Expression;
import org.springframework.data.relational.core.sql.Expressions;
import org.springframework.data.relational.core.sql.Functions;
import org.springframework.data.relational.core.sql.OrderByField;
import org.springframework.data.relational.core.sql.SQL;
import org.springframework.data.relational.core.sql.Select;
import org.springframework.data.relational.core.sql.SelectBuilder;
import org.springframework.data.relational.core.sql.Table;
import org.springframework.data.relational.core.sql.render.SqlRenderer;

/**
 * Renders custom queries to SQL with Spring Data Relational's SQL builder: the filter
 * becomes a condition whose every value is a named bind marker, never text in the SQL.
 * Column names come from {@link QueryField}, never from the client. A statement's text
 * depends only on the filter's form (its fields, operators, nesting and list lengths),
 * never on its values, so it is rendered once per form and reused: a journalist's query
 * is mostly the same document with other variables.
 *
 * @param sql the SQL, with named parameters
 * @param parameters the value of every parameter
 */
record QuerySql(String sql, Map<String, Object> parameters) {

	private static final SqlRenderer RENDERER = SqlRenderer
		.create(new RenderContextFactory(PostgresDialect.INSTANCE).createRenderContext());

	/**
	 * The statements rendered, by what decides their text: at most about a million
	 * characters of SQL (a common form's statement has about 1,000; the longest a
	 * filter's limits allow, about ten thousand).
	 */
	private static final Cache<Shape, String> RENDERED = Caffeine.newBuilder()
		.maximumWeight(1_000_000)
		.<Shape, String>weigher((shape, sql) -> sql.length())
		.build();

	/**
	 * Renders a page of rows.
	 * @param subject what to read
	 * @param columns the columns to return
	 * @param filter the filter
	 * @param orders the order asked for; ties are broken by fiscal year, region and the
	 * subject's last key
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the query, which also returns the count of all matching rows as
	 * {@code total_count}
	 */
	static QuerySql page(QuerySubject subject, List<String> columns, Filter filter, List<SortOrder> orders, long offset,
			int limit) {
		return page(subject, columns, filter, orders, null, offset, limit);
	}

	/**
	 * Renders a page of rows, joining each row's value of an earlier fiscal year for the
	 * {@link QueryField#CHANGE} order.
	 * @param subject what to read
	 * @param columns the columns to return
	 * @param filter the filter
	 * @param orders the order asked for; ties are broken by fiscal year, region and the
	 * subject's last key
	 * @param changeFrom the earlier fiscal year the change is taken from, or {@code null}
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the query, which also returns the count of all matching rows as
	 * {@code total_count}
	 */
	static QuerySql page(QuerySubject subject, List<String> columns, Filter filter, List<SortOrder> orders,
			@Nullable Integer changeFrom, long offset, int limit) {
		Form form = Form.of(filter);
		Shape shape = new Shape(Shape.Kind.PAGE, subject, columns, form.filter(), orders, changeFrom != null, List.of(),
				offset, limit);
		String sql = RENDERED.get(shape,
				(key) -> renderPage(subject, columns, form.filter(), orders, changeFrom != null, offset, limit));
		return new QuerySql(sql, form.parameters(changeFrom));
	}

	private static String renderPage(QuerySubject subject, List<String> columns, Filter filter, List<SortOrder> orders,
			boolean change, long offset, int limit) {
		Table view = Table.create(subject.view());
		Parameters parameters = new Parameters();
		Table earlier = Table.create(subject.view()).as("earlier");
		List<Expression> selected = new ArrayList<>(columns.stream().map(view::column).toList());
		selected.add(AnalyticFunction.create("count", Expressions.asterisk()).as(Paging.TOTAL_COUNT));
		List<OrderByField> orderBy = new ArrayList<>();
		for (SortOrder order : orders) {
			Expression key = (order.field() == QueryField.CHANGE)
					// the difference of two columns of fixed names
					? Expressions.just("(" + subject.view() + ".value - earlier.value)")
					: view.column(order.field().column());
			orderBy.add(OrderByField.from(key, order.descending() ? Sort.Direction.DESC : Sort.Direction.ASC)
				.withNullHandling(Sort.NullHandling.NULLS_LAST));
		}
		for (String key : List.of("fiscal_year", "region_code", subject.lastKey())) {
			orderBy.add(OrderByField.from(view.column(key), Sort.Direction.ASC)
				.withNullHandling(Sort.NullHandling.NULLS_FIRST));
		}
		SelectBuilder.SelectFromAndJoin from = Select.builder().select(selected).from(view).limitOffset(limit, offset);
		// the earlier fiscal year is the first parameter, p0, the filter's values follow
		SelectBuilder.SelectWhere select = !change ? from
				: from.leftOuterJoin(earlier)
					.on(earlier.column("region_code"))
					.equals(view.column("region_code"))
					.and(earlier.column("scope"))
					.equals(view.column("scope"))
					.and(earlier.column("fiscal_year"))
					.equals(parameters.bind());
		Condition condition = condition(view, filter, parameters);
		return RENDERER.render(((condition != null) ? select.where(condition) : select).orderBy(orderBy).build());
	}

	/**
	 * Renders the count of the rows that match a filter.
	 * @param subject what to count
	 * @param filter the filter
	 * @return the query; its one column is {@code n}
	 */
	static QuerySql count(QuerySubject subject, Filter filter) {
		Form form = Form.of(filter);
		Shape shape = new Shape(Shape.Kind.COUNT, subject, List.of(), form.filter(), List.of(), false, List.of(), 0, 0);
		String sql = RENDERED.get(shape, (key) -> {
			Table view = Table.create(subject.view());
			SelectBuilder.SelectFromAndJoin select = Select.builder()
				.select(Functions.count(Expressions.asterisk()).as("n"))
				.from(view);
			Condition condition = condition(view, form.filter(), new Parameters());
			return RENDERER.render(((condition != null) ? select.where(condition) : select).build());
		});
		return new QuerySql(sql, form.parameters(null));
	}

	/**
	 * Renders grouped statistics of the subject's measure (value or achievement): count,
	 * mean, min, max, median and sample standard deviation per group.
	 * @param subject what to summarise
	 * @param filter the filter
	 * @param groupBy the grouping fields, possibly none
	 * @return the query; its columns are the grouping columns, then {@code n},
	 * {@code mean}, {@code min}, {@code max}, {@code median}, {@code stddev} and the
	 * counts by origin {@code published}, {@code computed}, {@code synthetic}
	 */
	static QuerySql statistics(QuerySubject subject, Filter filter, List<QueryField> groupBy) {
		Form form = Form.of(filter);
		Shape shape = new Shape(Shape.Kind.STATISTICS, subject, List.of(), form.filter(), List.of(), false, groupBy, 0,
				0);
		return new QuerySql(RENDERED.get(shape, (key) -> renderStatistics(subject, form.filter(), groupBy)),
				form.parameters(null));
	}

	private static String renderStatistics(QuerySubject subject, Filter filter, List<QueryField> groupBy) {
		Table view = Table.create(subject.view());
		Parameters parameters = new Parameters();
		List<Expression> selected = new ArrayList<>(
				groupBy.stream().map((field) -> view.column(field.column())).toList());
		selected.add(view.column(subject.measure()));
		subject.originColumns().forEach((column) -> selected.add(view.column(column)));
		Condition measured = Conditions.isNull(view.column(subject.measure())).not();
		Condition condition = condition(view, filter, parameters);
		Select rows = Select.builder()
			.select(selected)
			.from(view)
			.where((condition != null) ? measured.and(Conditions.nest(condition)) : measured)
			.build();
		// the aggregate around the filtered rows names only columns of QueryField and the
		// subject
		String keys = groupBy.stream().map(QueryField::column).collect(Collectors.joining(", "));
		String measure = subject.measure();
		return "with filtered as (" + RENDERER.render(rows) + ") select " + (keys.isEmpty() ? "" : keys + ", ")
				+ "count(*) as n, avg(" + measure + ") as mean, min(" + measure + ") as min, max(" + measure
				+ ") as max, (percentile_disc(0.5) within group (order by " + measure
				+ ") + percentile_disc(0.5) within group (order by " + measure + " desc)) / 2 as median, stddev_samp("
				+ measure + ") as stddev, " + subject.originCounts() + " from filtered"
				+ (keys.isEmpty() ? ""
						: " group by " + keys + " order by "
								+ groupBy.stream()
									.map((field) -> field.column() + " nulls first")
									.collect(Collectors.joining(", ")));
	}

	private static Condition condition(Table view, Filter filter, Parameters parameters) {
		if (filter instanceof Filter.All all) {
			return combine(view, all.filters(), parameters, true);
		}
		if (filter instanceof Filter.Any any) {
			return combine(view, any.filters(), parameters, false);
		}
		if (filter instanceof Filter.Not not) {
			return negate(view, not.filter(), parameters);
		}
		Filter.Condition condition = (Filter.Condition) filter;
		return condition(view.column(condition.field().column()), condition.operator(), condition.value(), parameters);
	}

	private static Condition combine(Table view, List<Filter> filters, Parameters parameters, boolean all) {
		Condition combined = null;
		for (Filter filter : filters) {
			Condition next = condition(view, filter, parameters);
			if (next != null) {
				combined = (combined == null) ? Conditions.nest(next)
						: all ? combined.and(Conditions.nest(next)) : combined.or(Conditions.nest(next));
			}
		}
		return combined;
	}

	private static Condition negate(Table view, Filter filter, Parameters parameters) {
		Condition condition = condition(view, filter, parameters);
		return (condition != null) ? Conditions.not(Conditions.nest(condition)) : Conditions.just("false");
	}

	@SuppressWarnings("unchecked")
	private static Condition condition(Column column, FilterOperator operator, Object value, Parameters parameters) {
		return switch (operator) {
			case EQUAL_TO -> Conditions.isEqual(column, parameters.bind());
			case NOT_EQUAL_TO -> Conditions.isNotEqual(column, parameters.bind());
			case LESS_THAN -> Conditions.isLess(column, parameters.bind());
			case LESS_THAN_OR_EQUAL_TO -> Conditions.isLessOrEqualTo(column, parameters.bind());
			case GREATER_THAN -> Conditions.isGreater(column, parameters.bind());
			case GREATER_THAN_OR_EQUAL_TO -> Conditions.isGreaterOrEqualTo(column, parameters.bind());
			case IN -> ((List<Object>) value).isEmpty() ? Conditions.just("false")
					: Conditions.in(column, ((List<Object>) value).stream().map((each) -> parameters.bind()).toList());
			case NOT_IN -> ((List<Object>) value).isEmpty() ? Conditions.isNull(column).not() : Conditions.notIn(column,
					((List<Object>) value).stream().map((each) -> parameters.bind()).toList());
			case IS_NULL -> Boolean.TRUE.equals(value) ? Conditions.isNull(column) : Conditions.isNull(column).not();
		};
	}

	/**
	 * Names the bind markers of one statement, p0, p1, ..., in the order they are bound.
	 */
	private static final class Parameters {

		private int count;

		BindMarker bind() {
			return SQL.bindMarker(":" + parameter(this.count++));
		}

		static String parameter(int index) {
			return "p" + index;
		}

	}

	/**
	 * What decides a statement's text.
	 *
	 * @param kind which statement
	 * @param subject what it reads
	 * @param columns the columns of a page
	 * @param filter the filter's form
	 * @param orders the order of a page
	 * @param change whether a page joins an earlier fiscal year
	 * @param groupBy the grouping of statistics
	 * @param offset the rows a page skips
	 * @param limit the rows a page returns at most
	 */
	private record Shape(Kind kind, QuerySubject subject, List<String> columns, Filter filter, List<SortOrder> orders,
			boolean change, List<QueryField> groupBy, long offset, int limit) {

		enum Kind {

			PAGE, COUNT, STATISTICS

		}

	}

	/**
	 * A filter's form and its values: the filter with each value that is bound as a
	 * parameter replaced by {@link #VALUE} (a list by as many), and those values in the
	 * order the statement binds them, depth first as {@link #condition} walks the filter.
	 * An {@code IS_NULL} condition keeps its value, which decides its SQL and is not
	 * bound.
	 *
	 * @param filter the filter's form
	 * @param values the values, in the order of the parameters
	 */
	private record Form(Filter filter, List<Object> values) {

		/** Stands for a bound value in a filter's form. */
		static final Object VALUE = new Object();

		static Form of(Filter filter) {
			List<Object> values = new ArrayList<>();
			return new Form(form(filter, values), values);
		}

		private static Filter form(Filter filter, List<Object> values) {
			if (filter instanceof Filter.All all) {
				return new Filter.All(all.filters().stream().map((each) -> form(each, values)).toList());
			}
			if (filter instanceof Filter.Any any) {
				return new Filter.Any(any.filters().stream().map((each) -> form(each, values)).toList());
			}
			if (filter instanceof Filter.Not not) {
				return new Filter.Not(form(not.filter(), values));
			}
			Filter.Condition condition = (Filter.Condition) filter;
			return switch (condition.operator()) {
				case IS_NULL -> condition;
				case IN, NOT_IN -> {
					List<?> list = (List<?>) condition.value();
					values.addAll(list);
					yield new Filter.Condition(condition.field(), condition.operator(),
							Collections.nCopies(list.size(), VALUE));
				}
				default -> {
					values.add(condition.value());
					yield new Filter.Condition(condition.field(), condition.operator(), VALUE);
				}
			};
		}

		/**
		 * Names the values as the statement's parameters.
		 * @param first a value bound before the filter's, or {@code null} for none
		 * @return the parameters by name
		 */
		Map<String, Object> parameters(@Nullable Object first) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			if (first != null) {
				parameters.put(Parameters.parameter(0), first);
			}
			for (Object value : this.values) {
				parameters.put(Parameters.parameter(parameters.size()), value);
			}
			return parameters;
		}

	}

}
