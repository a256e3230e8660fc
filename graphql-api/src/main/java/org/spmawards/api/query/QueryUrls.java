package org.spmawards.api.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.http.TrustedDocuments;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses that reproduce a custom query: its field with the same arguments by GraphQL
 * over GET, with the document its download runs, and the download in each format.
 *
 * @param graphql GraphQL over GET
 * @param csv the download as CSV
 * @param xlsx the download as an Excel workbook
 * @param ndjson the download as newline-delimited JSON
 */
record QueryUrls(String graphql, String csv, String xlsx, String ndjson) {

	/**
	 * Returns the addresses of a field asked with some arguments.
	 * @param field the field
	 * @param arguments its arguments, as GraphQL coerced them; those of paging are left
	 * out
	 * @param documents the trusted documents, among them the download's
	 * @param json writes the filter and the variables
	 * @return the addresses
	 */
	static QueryUrls of(QueryExportRoutes.Field field, Map<String, Object> arguments, TrustedDocuments documents,
			JsonMapper json) {
		Map<String, @Nullable Object> variables = new LinkedHashMap<>();
		Map<String, String> parameters = new LinkedHashMap<>();
		UriComponentsBuilder download = UriComponentsBuilder.fromPath("/export/query.csv")
			.queryParam("field", field.graphQlName());
		for (String name : field.parameters()) {
			Object value = arguments.get(name);
			if (value == null) {
				continue;
			}
			variables.put(name, value);
			String text = (value instanceof Map<?, ?>) ? json.writeValueAsString(value)
					: (value instanceof List<?> list) ? String.join(",", list.stream().map(String::valueOf).toList())
							: value.toString();
			download.queryParam(name, "{" + name + "}");
			parameters.put(name, text);
		}
		String document = Objects.requireNonNull(documents.named(field.document())).text();
		String graphql = UriComponentsBuilder.fromPath("/graphql")
			.queryParam("query", "{query}")
			.queryParam("variables", "{variables}")
			.encode()
			.buildAndExpand(document, json.writeValueAsString(variables))
			.toUriString();
		String csv = download.encode().buildAndExpand(parameters).toUriString();
		return new QueryUrls(graphql, csv, csv.replaceFirst("^/export/query\\.csv", "/export/query.xlsx"),
				csv.replaceFirst("^/export/query\\.csv", "/export/query.ndjson"));
	}

}
