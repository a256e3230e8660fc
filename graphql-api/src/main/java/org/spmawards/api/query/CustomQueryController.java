package org.spmawards.api.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.achievement.ServiceAchievementView;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.fetching.Loaders;
import org.spmawards.api.http.TrustedDocuments;
import org.spmawards.api.paging.Connection;
import org.spmawards.api.paging.PageRequest;
import org.spmawards.api.paging.Pagination;
import org.spmawards.api.query.FilterArguments.AchievementFilter;
import org.spmawards.api.query.FilterArguments.IndexValueFilter;
import org.spmawards.api.query.FilterArguments.RowFilter;
import org.spmawards.api.query.FilterArguments.StatisticsFilter;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.index.IndexCalculator;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.query.CustomQueryProperties;
import org.spmawards.persistence.query.CustomQueryRepository;
import org.spmawards.persistence.query.EmptyGroups;
import org.spmawards.persistence.query.Filter;
import org.spmawards.persistence.query.FilterOperator;
import org.spmawards.persistence.query.QueryField;
import org.spmawards.persistence.query.QuerySubject;
import org.spmawards.persistence.query.SortOrder;
import org.spmawards.persistence.query.StatisticsGroup;
import org.spmawards.persistence.query.StatisticsScope;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves journalists' custom queries: filtered and ordered index values and service
 * achievements, and grouped statistics. Each is one statement.
 */
@Controller
class CustomQueryController {

	private final CustomQueryRepository queries;

	private final Pagination pagination;

	private final CustomQueryProperties limits;

	private final ReferenceDataCache referenceData;

	private final TrustedDocuments documents;

	private final JsonMapper json;

	CustomQueryController(CustomQueryRepository queries, Pagination pagination, CustomQueryProperties limits,
			ReferenceDataCache referenceData, TrustedDocuments documents, JsonMapper json) {
		this.queries = queries;
		this.pagination = pagination;
		this.limits = limits;
		this.referenceData = referenceData;
		this.documents = documents;
		this.json = json;
	}

	@QueryMapping
	Mono<Connection<IndexValue>> indexValues(@Argument @Nullable List<String> orderBy,
			@Argument @Nullable Integer changeFromFiscalYear, DataFetchingEnvironment environment) {
		IndexValueFilter filter = FilterArguments.bind(environment, "filter", IndexValueFilter.class);
		Filter rows = FilterInput.read(filter, this.limits, "filter");
		List<SortOrder> orders = orders(orderBy, QuerySubject.INDEX_VALUES);
		boolean byChange = orders.stream().anyMatch((order) -> order.field() == QueryField.CHANGE);
		if (byChange && changeFromFiscalYear == null) {
			throw new InvalidArgumentException("changeFromFiscalYear",
					"Argument 'changeFromFiscalYear' is required by the orders CHANGE_ASC and CHANGE_DESC: the earlier"
							+ " fiscal year to compare with, e.g. 2022");
		}
		Integer changeFrom = byChange ? changeFromFiscalYear : null;
		return page(environment,
				(slice) -> this.queries.indexValues(rows, orders, changeFrom, slice.offset(), slice.limit()));
	}

	@QueryMapping
	Mono<Connection<ServiceAchievementView>> achievements(@Argument @Nullable List<String> orderBy,
			DataFetchingEnvironment environment) {
		AchievementFilter filter = FilterArguments.bind(environment, "filter", AchievementFilter.class);
		Filter rows = FilterInput.read(filter, this.limits, "filter");
		List<SortOrder> orders = orders(orderBy, QuerySubject.ACHIEVEMENTS);
		return page(environment, (slice) -> this.queries.achievements(rows, orders, slice.offset(), slice.limit())
			.map((found) -> found.map(ServiceAchievementView::of)));
	}

	/** The selection of a page of index values, in words. */
	@SchemaMapping(typeName = "IndexValueConnection")
	Mono<QueryWords> description(Connection<?> page, DataFetchingEnvironment environment) {
		return describe(QuerySubject.INDEX_VALUES, FilterArguments.bindParent(environment, IndexValueFilter.class));
	}

	/** The selection of a page of service achievements, in words. */
	@SchemaMapping(typeName = "AchievementConnection", field = "description")
	Mono<QueryWords> achievementsDescription(Connection<?> page, DataFetchingEnvironment environment) {
		return describe(QuerySubject.ACHIEVEMENTS, FilterArguments.bindParent(environment, AchievementFilter.class));
	}

	/** Addresses that give a page of index values again, and every row as a download. */
	@SchemaMapping(typeName = "IndexValueConnection")
	QueryUrls urls(Connection<?> page, DataFetchingEnvironment environment) {
		return QueryUrls.of(QueryExportRoutes.Field.INDEX_VALUES,
				environment.getExecutionStepInfo().getParent().getArguments(), this.documents, this.json);
	}

	/** Addresses that give a page of service achievements again, and every row. */
	@SchemaMapping(typeName = "AchievementConnection", field = "urls")
	QueryUrls achievementsUrls(Connection<?> page, DataFetchingEnvironment environment) {
		return QueryUrls.of(QueryExportRoutes.Field.ACHIEVEMENTS,
				environment.getExecutionStepInfo().getParent().getArguments(), this.documents, this.json);
	}

	/** Addresses that give the statistics a group belongs to again. */
	@SchemaMapping(typeName = "StatisticsGroup", field = "urls")
	QueryUrls statisticsUrls(StatisticsGroupView group, DataFetchingEnvironment environment) {
		return QueryUrls.of(QueryExportRoutes.Field.STATISTICS,
				environment.getExecutionStepInfo().getParent().getArguments(), this.documents, this.json);
	}

	private <F extends RowFilter<F>> Mono<QueryWords> describe(QuerySubject subject, @Nullable F filter) {
		Filter rows = FilterInput.read(filter, this.limits, "filter");
		return this.referenceData.get().map((data) -> QueryWords.of(subject, rows, data));
	}

	private <T> Mono<Connection<T>> page(DataFetchingEnvironment environment,
			Function<PageRequest, Mono<Page<T>>> read) {
		return this.pagination.connection(environment, environment.getArgument("first"),
				environment.getArgument("after"), environment.getArgument("last"), environment.getArgument("before"),
				read);
	}

	@QueryMapping
	Flux<StatisticsGroupView> statistics(@Argument String of, @Argument @Nullable List<String> groupBy,
			@Argument @Nullable List<String> orderBy, @Argument @Nullable Boolean includeEmptyGroups,
			@Argument @Nullable Boolean includePreliminary, @Argument @Nullable Boolean includeIncomplete,
			DataFetchingEnvironment environment) {
		// an explicit null is the default, false
		boolean emptyGroups = Boolean.TRUE.equals(includeEmptyGroups);
		StatisticsFilter filter = FilterArguments.bind(environment, "filter", StatisticsFilter.class);
		QuerySubject subject = QuerySubject.valueOf(of);
		boolean indexValues = subject == QuerySubject.INDEX_VALUES;
		if (filter != null && (indexValues ? filter.achievements() : filter.indexValues()) != null) {
			String expected = indexValues ? "indexValues" : "achievements";
			throw new InvalidArgumentException("filter",
					"Argument 'filter': statistics of " + subject + " take the filter 'filter." + expected + "'");
		}
		Filter rows = statisticsRows(subject, filter, includePreliminary, includeIncomplete);
		List<QueryField> dimensions = (groupBy != null)
				? groupBy.stream().distinct().map((name) -> FilterInput.field(name, subject, "groupBy")).toList()
				: List.of();
		Flux<StatisticsGroup> found = this.queries.statistics(subject, rows, dimensions);
		Flux<StatisticsGroupView> groups = (emptyGroups ? this.referenceData.get()
			.flatMapMany((data) -> found.collectList()
				.flatMapIterable((list) -> EmptyGroups.fill(list, dimensions, subject, data))) : found)
			.map(CustomQueryController::view);
		// groups are few (at most one per region and field); the database returns them by
		// key
		return (orderBy == null || orderBy.isEmpty()) ? groups
				: groups.collectList().flatMapIterable((list) -> list.stream().sorted(groupOrder(orderBy)).toList());
	}

	/**
	 * The rows statistics summarise: those of the filter, and for index values its scope.
	 */
	private Filter statisticsRows(QuerySubject subject, @Nullable StatisticsFilter filter,
			@Nullable Boolean includePreliminary, @Nullable Boolean includeIncomplete) {
		if (subject == QuerySubject.INDEX_VALUES) {
			return StatisticsScope.of(Boolean.TRUE.equals(includePreliminary), Boolean.TRUE.equals(includeIncomplete))
				.restrict(FilterInput.read((filter != null) ? filter.indexValues() : null, this.limits,
						"filter.indexValues"));
		}
		return FilterInput.read((filter != null) ? filter.achievements() : null, this.limits, "filter.achievements");
	}

	/**
	 * The rows of a group of statistics, in words: the statistics' selection and what the
	 * group's rows share.
	 */
	@SchemaMapping(typeName = "StatisticsGroup", field = "description")
	Mono<QueryWords> groupDescription(StatisticsGroupView group, DataFetchingEnvironment environment) {
		Map<String, Object> arguments = environment.getExecutionStepInfo().getParent().getArguments();
		QuerySubject subject = QuerySubject.valueOf((String) arguments.get("of"));
		Filter rows = statisticsRows(subject, FilterArguments.bindParent(environment, StatisticsFilter.class),
				(Boolean) arguments.get("includePreliminary"), (Boolean) arguments.get("includeIncomplete"));
		StatisticsGroupView.Key key = group.key();
		Map<QueryField, @Nullable Object> dimensions = new LinkedHashMap<>();
		dimensions.put(QueryField.FISCAL_YEAR, key.fiscalYear());
		dimensions.put(QueryField.PROVINCE_CODE, key.provinceCode());
		dimensions.put(QueryField.LEVEL, (key.level() != null) ? key.level().name() : null);
		dimensions.put(QueryField.SECTOR, key.sectorCode());
		dimensions.put(QueryField.SERVICE_TYPE, key.serviceTypeCode());
		dimensions.put(QueryField.ACHIEVEMENT_LEVEL, key.achievementLevelCode());
		// the group's rows: the statistics' and those that share its key
		List<Filter> shared = new ArrayList<>(List.of(rows));
		dimensions.forEach((field, value) -> {
			if (value != null) {
				shared.add(new Filter.Condition(field, FilterOperator.EQUAL_TO, value));
			}
		});
		return this.referenceData.get().map((data) -> QueryWords.of(subject, new Filter.All(shared), data));
	}

	private static Comparator<StatisticsGroupView> groupOrder(List<String> orderBy) {
		Comparator<StatisticsGroupView> order = (a, b) -> 0;
		for (String name : orderBy) {
			boolean descending = name.endsWith("_DESC");
			// groups without values come last either way
			Comparator<BigDecimal> measures = Comparator
				.nullsLast(descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder());
			Comparator<StatisticsGroupView> by = switch (name.substring(0, name.lastIndexOf('_'))) {
				case "COUNT" -> descending ? Comparator.comparingLong(StatisticsGroupView::count).reversed()
						: Comparator.comparingLong(StatisticsGroupView::count);
				case "MEAN" -> Comparator.comparing(StatisticsGroupView::mean, measures);
				default -> Comparator.comparing(StatisticsGroupView::median, measures);
			};
			order = order.thenComparing(by);
		}
		return order;
	}

	@SchemaMapping(typeName = "StatisticsKey")
	CompletableFuture<@Nullable Region> province(StatisticsGroupView.Key key, DataLoader<RegionCode, Region> regions) {
		return Loaders.loadIfPresent(regions, (key.provinceCode() != null) ? RegionCode.of(key.provinceCode()) : null);
	}

	@SchemaMapping(typeName = "StatisticsKey")
	CompletableFuture<@Nullable Sector> sector(StatisticsGroupView.Key key, DataLoader<SectorCode, Sector> sectors) {
		return Loaders.loadIfPresent(sectors, (key.sectorCode() != null) ? SectorCode.valueOf(key.sectorCode()) : null);
	}

	@SchemaMapping(typeName = "StatisticsKey")
	CompletableFuture<@Nullable ServiceType> serviceType(StatisticsGroupView.Key key,
			DataLoader<String, ServiceType> serviceTypes) {
		return Loaders.loadIfPresent(serviceTypes, key.serviceTypeCode());
	}

	@SchemaMapping(typeName = "StatisticsKey")
	CompletableFuture<@Nullable AchievementLevel> achievementLevel(StatisticsGroupView.Key key,
			DataLoader<String, AchievementLevel> levels) {
		return Loaders.loadIfPresent(levels, key.achievementLevelCode());
	}

	private static List<SortOrder> orders(@Nullable List<String> orderBy, QuerySubject subject) {
		if (orderBy == null) {
			return List.of();
		}
		return orderBy.stream().map((order) -> {
			boolean descending = order.endsWith("_DESC");
			String field = order.substring(0, order.lastIndexOf('_'));
			return new SortOrder(FilterInput.field(field, subject, "orderBy"), descending);
		}).toList();
	}

	private static StatisticsGroupView view(StatisticsGroup group) {
		Map<QueryField, @Nullable Object> keys = group.keys();
		Object level = keys.get(QueryField.LEVEL);
		StatisticsGroupView.Key key = new StatisticsGroupView.Key((String) keys.get(QueryField.PROVINCE_CODE),
				(level != null) ? RegionLevel.valueOf((String) level) : null, (String) keys.get(QueryField.SECTOR),
				(String) keys.get(QueryField.SERVICE_TYPE), (Integer) keys.get(QueryField.FISCAL_YEAR),
				(String) keys.get(QueryField.ACHIEVEMENT_LEVEL));
		return new StatisticsGroupView(key, group.count(), group.origins(), IndexCalculator.shownIfKnown(group.mean()),
				group.min(), group.max(), IndexCalculator.shownIfKnown(group.median()),
				IndexCalculator.shownIfKnown(group.standardDeviation()));
	}

}
