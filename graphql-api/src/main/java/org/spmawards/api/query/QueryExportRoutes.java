package org.spmawards.api.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.cache.ResponseCache;
import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.errors.ProblemResponses;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.api.export.CsvResponses.Format;
import org.spmawards.api.http.TrustedDocuments;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetProperties;
import org.spmawards.persistence.export.CsvTable.Column;
import org.spmawards.persistence.export.CsvTable.Type;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A custom query's result as a download: {@code /export/query.csv}, {@code .xlsx} and
 * {@code .ndjson}, for the rows of {@code indexValues} or {@code achievements} (every
 * page) and the groups of {@code statistics}, with the arguments those fields take as
 * query parameters ({@code filter} as JSON, lists comma-separated). The download runs the
 * field through GraphQL, as a reader's request would, with a trusted document
 * ({@code graphql-documents/export*.graphql}): the same rows, limits and errors as the
 * field, an error answered as a 400 problem naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class QueryExportRoutes {

	private static final Pattern VARIABLE = Pattern.compile("Variable '(\\w+)'");

	private static final String[] PARAMETERS = { "field", "filter", "orderBy", "changeFromFiscalYear", "of", "groupBy",
			"includeEmptyGroups", "includePreliminary", "includeIncomplete" };

	private final ObjectProvider<WebGraphQlHandler> handler;

	private final TrustedDocuments documents;

	private final JsonMapper json;

	private final boolean demo;

	QueryExportRoutes(ObjectProvider<WebGraphQlHandler> handler, TrustedDocuments documents, JsonMapper json,
			DatasetProperties settings) {
		this.handler = handler;
		this.documents = documents;
		this.json = json;
		this.demo = settings.kind() == DatasetKind.DEMO;
	}

	@Bean
	RouterFunction<ServerResponse> queryExportRouter() {
		RouterFunctions.Builder routes = RouterFunctions.route();
		for (Format format : Format.values()) {
			routes.GET("/export/query." + format.extension(),
					CsvResponses.checked((request) -> export(request, format)));
		}
		return routes.build();
	}

	private Mono<ServerResponse> export(ServerRequest request, Format format) {
		QueryParameters parameters = QueryParameters.of(request, CsvResponses.parameters(format, PARAMETERS));
		Field field = Field.named(parameters.required("field", "indexValues"));
		for (String name : request.queryParams().keySet()) {
			if (!field.parameters.contains(name) && !name.equals("field") && !name.equals(CsvResponses.BOM)) {
				throw new BadParameterException(name, "Query parameter '" + name + "' is not an argument of "
						+ field.graphQlName() + "; it takes " + String.join(", ", field.parameters));
			}
		}
		Map<String, @Nullable Object> variables = new HashMap<>();
		String filter = parameters.text("filter");
		if (filter != null) {
			JsonNode read;
			try {
				read = this.json.readTree(filter);
			}
			catch (JacksonException ex) {
				read = null;
			}
			if (read == null || !read.isObject()) {
				throw new BadParameterException("filter", "Query parameter 'filter' is the field's filter as a JSON"
						+ " object, URL-encoded, e.g. {\"fiscalYear\":{\"equalTo\":2024}}");
			}
			variables.put("filter", this.json.convertValue(read, Map.class));
		}
		for (String list : List.of("orderBy", "groupBy")) {
			String value = parameters.text(list);
			if (value != null) {
				variables.put(list, Arrays.stream(value.split(",")).map(String::strip).toList());
			}
		}
		for (String flag : List.of("includeEmptyGroups", "includePreliminary", "includeIncomplete")) {
			if (parameters.text(flag) != null) {
				variables.put(flag, parameters.bool(flag));
			}
		}
		if (parameters.text("changeFromFiscalYear") != null) {
			variables.put("changeFromFiscalYear", parameters.integer("changeFromFiscalYear"));
		}
		if (parameters.text("of") != null) {
			variables.put("of", parameters.text("of"));
		}
		boolean byteOrderMark = parameters.bool(CsvResponses.BOM);
		String fileName = CsvResponses.fileName(this.demo, "query", field.name());
		Stream stream = new Stream(request, field, variables);
		// the first page answers for the whole: a bad argument is a problem, not a broken
		// file
		return stream.page(null).flatMap((first) -> {
			if (!first.getErrors().isEmpty()) {
				return problem(first.getErrors().get(0));
			}
			Flux<List<@Nullable String>> rows = (field == Field.STATISTICS) ? Flux.fromIterable(rows(field, first))
					: Mono.just(first).expand((page) -> {
						Map<String, Object> pageInfo = path(page, field.graphQlName(), "pageInfo");
						return Boolean.TRUE.equals(pageInfo.get("hasNextPage"))
								? stream.page((String) pageInfo.get("endCursor")).map(QueryExportRoutes::failOnErrors)
								: Mono.empty();
					}).concatMapIterable((page) -> rows(field, page), 1);
			return CsvResponses.rows(format, field.columns, rows, fileName, byteOrderMark);
		});
	}

	private static ExecutionResult failOnErrors(ExecutionResult page) {
		if (!page.getErrors().isEmpty()) {
			throw new IllegalStateException("A page of the download failed: " + page.getErrors().get(0).getMessage());
		}
		return page;
	}

	private static Mono<ServerResponse> problem(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() != null) ? error.getExtensions() : Map.of();
		Object code = extensions.get("code");
		if ("UNAVAILABLE".equals(code)) {
			return ProblemResponses.unavailable();
		}
		if ("INTERNAL_ERROR".equals(String.valueOf(error.getErrorType()))) {
			return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR,
					"The download failed; the service's log says why");
		}
		String parameter;
		Object argument = extensions.get("argument");
		Matcher variable = VARIABLE.matcher(String.valueOf(error.getMessage()));
		if (argument != null) {
			parameter = argument.toString().split("[.\\[]", 2)[0];
		}
		else if (variable.find()) {
			parameter = variable.group(1);
		}
		else {
			parameter = "filter";
		}
		return ProblemResponses.badParameter(new BadParameterException(parameter, error.getMessage()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> path(ExecutionResult result, String... names) {
		Map<String, Object> node = result.getData();
		for (String name : names) {
			node = (Map<String, Object>) node.get(name);
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	private static List<List<@Nullable String>> rows(Field field, ExecutionResult result) {
		List<Map<String, Object>> nodes = (field == Field.STATISTICS)
				? (List<Map<String, Object>>) ((Map<String, Object>) result.getData()).get("statistics")
				: (List<Map<String, Object>>) path(result, field.graphQlName()).get("nodes");
		List<List<@Nullable String>> rows = new ArrayList<>(nodes.size());
		for (Map<String, Object> node : nodes) {
			List<@Nullable String> row = new ArrayList<>(field.paths.size());
			for (String path : field.paths) {
				row.add(cell(node, path));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The value at a dotted path of a node, as a cell: lists joined by spaces. */
	@SuppressWarnings("unchecked")
	private static @Nullable String cell(Map<String, Object> node, String path) {
		Object value = node;
		for (String name : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(name);
		}
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return String.join(" ", (List<String>) list);
		}
		return value.toString();
	}

	/** The pages of one download, each a request through the GraphQL chain. */
	private final class Stream {

		private final ServerRequest request;

		private final Field field;

		private final Map<String, @Nullable Object> variables;

		Stream(ServerRequest request, Field field, Map<String, @Nullable Object> variables) {
			this.request = request;
			this.field = field;
			this.variables = variables;
		}

		Mono<ExecutionResult> page(@Nullable String after) {
			Map<String, @Nullable Object> variables = new LinkedHashMap<>(this.variables);
			if (this.field != Field.STATISTICS) {
				variables.put("after", after);
			}
			TrustedDocuments.Document document = Objects
				.requireNonNull(QueryExportRoutes.this.documents.named(this.field.document));
			// a download's pages are read once: the response cache keeps none of them
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(ResponseCache.NOT_KEPT, Boolean.TRUE);
			WebGraphQlRequest graphQl = new WebGraphQlRequest(this.request.uri(),
					this.request.headers().asHttpHeaders(), this.request.cookies(), null, attributes,
					new DefaultGraphQlRequest(document.text(), this.field.document, variables, Map.of()),
					this.request.exchange().getRequest().getId(), Locale.ENGLISH);
			return QueryExportRoutes.this.handler.getObject()
				.handleRequest(graphQl)
				.map((response) -> response.getExecutionResult());
		}

	}

	/** What a download holds: the rows of a custom query, or the groups of statistics. */
	enum Field {

		INDEX_VALUES("indexValues", "exportIndexValues", List.of("filter", "orderBy", "changeFromFiscalYear"),
				List.of(new Column("fiscal_year", Type.INTEGER, "the fiscal year the value assesses"),
						new Column("level", "PROVINCE, REGENCY or CITY"),
						new Column("sector", "the field of the index; empty for the overall index"),
						new Column("rank", Type.INTEGER,
								"the rank among the ranked values of the same level, year"
										+ " and field, computed by this service; see rank_kind"),
						new Column("rank_kind", "what the rank means: NATIONAL, WITHIN_DATA_HELD or MIXED_METHODS"),
						new Column("region_code", "the region's code (text: 11.10 is not 11.1)"),
						new Column("region_name", "the region's name"),
						new Column("value", Type.NUMBER, "the index value, 0 to 100"),
						new Column("status", "FINAL or PRELIMINARY"),
						new Column("origin", "PUBLISHED (as the ministry published it) or COMPUTED (by this service)"),
						new Column("published_rank", Type.INTEGER, "the rank as published, if any"),
						new Column("national_rank", Type.INTEGER, "the national rank, published or computed"),
						new Column("achievement_level", "the achievement level's code"),
						new Column("services_used", Type.INTEGER, "services with an achievement the value used"),
						new Column("services_owed", Type.INTEGER, "services the region owes"),
						new Column("verification", "how the fact was verified"),
						new Column("sources", "the sources, separated by spaces"), new Column("note", "a note")),
				List.of("fiscalYear", "region.level", "sector.code", "rank", "rankKind", "region.code", "region.name",
						"value", "status", "origin", "publishedRank", "nationalRank", "achievementLevel.code",
						"completeness.servicesUsed", "completeness.servicesOwed", "provenance.verification",
						"provenance.sources", "provenance.note")),

		ACHIEVEMENTS("achievements", "exportAchievements", List.of("filter", "orderBy"),
				List.of(new Column("fiscal_year", Type.INTEGER, "the fiscal year reported"),
						new Column("region_code", "the region's code (text: 11.10 is not 11.1)"),
						new Column("region_name", "the region's name"),
						new Column("level", "PROVINCE, REGENCY or CITY"), new Column("sector", "the service's field"),
						new Column("service_type", "the service type's code"),
						new Column("target", Type.INTEGER, "entitled citizens"),
						new Column("served", Type.INTEGER, "citizens served"),
						new Column("quality_pct", Type.NUMBER, "the quality, in percent"),
						new Column("achievement", Type.NUMBER, "the service achievement, computed by this service"),
						new Column("applicable", Type.BOOLEAN, "whether the service applies to the region"),
						new Column("achievement_level", "the achievement level's code"),
						new Column("verification", "how the fact was verified"),
						new Column("sources", "the sources, separated by spaces"), new Column("note", "a note")),
				List.of("fiscalYear", "region.code", "region.name", "region.level", "sector.code", "serviceType.code",
						"target", "served", "quality", "achievement", "applicable", "achievementLevel.code",
						"provenance.verification", "provenance.sources", "provenance.note")),

		STATISTICS("statistics", "exportStatistics",
				List.of("of", "filter", "groupBy", "orderBy", "includeEmptyGroups", "includePreliminary",
						"includeIncomplete"),
				List.of(new Column("fiscal_year", Type.INTEGER, "the group's fiscal year, if grouped by it"),
						new Column("province_code", "the group's province, if grouped by it"),
						new Column("province_name", "the province's name"),
						new Column("level", "the group's level, if grouped by it"),
						new Column("sector", "the group's field, if grouped by it; empty for the overall index"),
						new Column("service_type", "the group's service type, if grouped by it"),
						new Column("achievement_level", "the group's achievement level, if grouped by it"),
						new Column("count", Type.INTEGER, "rows with a value"),
						new Column("mean", Type.NUMBER, "their mean"),
						new Column("median", Type.NUMBER, "their median"), new Column("min", Type.NUMBER, "the least"),
						new Column("max", Type.NUMBER, "the greatest"),
						new Column("standard_deviation", Type.NUMBER, "their sample standard deviation"),
						new Column("published", Type.INTEGER, "values as published"),
						new Column("computed", Type.INTEGER, "values computed by this service"),
						new Column("synthetic", Type.INTEGER, "synthetic values (demo data)")),
				List.of("key.fiscalYear", "key.province.code", "key.province.name", "key.level", "key.sector.code",
						"key.serviceType.code", "key.achievementLevel.code", "count", "mean", "median", "min", "max",
						"standardDeviation", "origins.published", "origins.computed", "origins.synthetic"));

		private final String graphQlName;

		private final String document;

		private final List<String> parameters;

		private final List<Column> columns;

		private final List<String> paths;

		Field(String graphQlName, String document, List<String> parameters, List<Column> columns, List<String> paths) {
			this.graphQlName = graphQlName;
			this.document = document;
			this.parameters = parameters;
			this.columns = columns;
			this.paths = paths;
		}

		String graphQlName() {
			return this.graphQlName;
		}

		String document() {
			return this.document;
		}

		List<String> parameters() {
			return this.parameters;
		}

		static Field named(String name) {
			for (Field field : values()) {
				if (field.graphQlName.equals(name)) {
					return field;
				}
			}
			throw new BadParameterException("field",
					"Query parameter 'field' is indexValues, achievements or" + " statistics, not '" + name + "'");
		}

	}

}
