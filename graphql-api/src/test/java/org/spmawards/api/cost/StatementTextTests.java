package org.spmawards.api.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.StatementCounter;
import org.spmawards.api.support.StatementCounter.Sent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden SQL: every statement the service sends for a set of requests that reaches
 * each of its read plans (the eight texts of a ranking page among them, a region page, a
 * field's detail, custom queries, statistics, and the five documents of
 * {@code bench/mix}), as the driver receives it with the values bound to it, kept under
 * {@code src/test/resources/sql/}; {@code bench/run} gives pgbench the statements of the
 * {@code mix-*} files. A statement that changes without its file fails here, so every
 * change to the SQL shows in review; after an intended change, run the build with
 * {@code -Dspm.sql.update=true} to rewrite the files (the texts sent are also written to
 * {@code target/sql/}).
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=sql_text", "spm.dataset=demo",
		"spm.graphql.response-cache.enabled=false" })
@Import(StatementCounter.class)
class StatementTextTests {

	private static final Path COMMITTED = Path.of("src", "test", "resources", "sql");

	private static final Path SENT = Path.of("target", "sql");

	private static final Path BENCH_MIX = Path.of("..", "bench", "mix");

	/** Each request by the name of its file. */
	private static final Map<String, String> REQUESTS = requests();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void everyStatementSentMatchesItsCommittedFile() throws IOException {
		Files.createDirectories(SENT);
		boolean update = Boolean.getBoolean("spm.sql.update");
		List<String> differing = new ArrayList<>();
		for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
			String name = request.getKey() + ".sql";
			String sent = render(request.getValue());
			Files.writeString(SENT.resolve(name), sent, StandardCharsets.UTF_8);
			if (update) {
				Files.writeString(COMMITTED.resolve(name), sent, StandardCharsets.UTF_8);
			}
			Path committed = COMMITTED.resolve(name);
			if (!Files.exists(committed) || !Files.readString(committed, StandardCharsets.UTF_8).equals(sent)) {
				differing.add(name);
			}
		}
		assertThat(differing)
			.as("statements differing from graphql-api/src/test/resources/sql/ (those sent are in"
					+ " graphql-api/target/sql/; review and run with -Dspm.sql.update=true to accept them)")
			.isEmpty();
	}

	/** The request and the statements it sent, each on its own line. */
	private String render(String document) {
		this.statements.reset();
		this.graphQl.document(document).execute().errors().verify();
		StringBuilder text = new StringBuilder("-- ").append(document.strip().replaceAll("\\s+", " ")).append('\n');
		List<Sent> sent = this.statements.sent();
		if (sent.isEmpty()) {
			text.append("-- no statement: answered from the reference data in memory\n");
		}
		for (Sent statement : sent) {
			text.append(statement.sql().strip()).append(";\n");
			if (!statement.values().isEmpty()) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < statement.values().size(); i++) {
					values.add("$" + (i + 1) + " = " + statement.values().get(i));
				}
				text.append("-- ").append(String.join(", ", values)).append('\n');
			}
		}
		return text.toString();
	}

	private static Map<String, String> requests() {
		Map<String, String> requests = new LinkedHashMap<>();
		// the benchmark's five documents: bench/run gives pgbench these statements
		try (Stream<Path> documents = Files.list(BENCH_MIX)) {
			documents.filter((path) -> path.getFileName().toString().endsWith(".service.graphql"))
				.sorted()
				.forEach((path) -> requests.put("mix-" + path.getFileName().toString().replace(".service.graphql", ""),
						read(path).lines().filter((line) -> !line.startsWith("#")).collect(Collectors.joining("\n"))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String ranking = "rankings(edition: 2025, category: REGENCY, first: 5)";
		requests.put("ranking-counted", "{ " + ranking + " { totalCount nodes { rank status } } }");
		requests.put("ranking-counted-with-preliminary",
				"{ rankings(edition: 2025, category: REGENCY, includePreliminary: true, first: 5)"
						+ " { totalCount nodes { rank status } } }");
		requests.put("ranking-entries", "{ " + ranking + " { nodes { rank status } } }");
		requests.put("ranking-entries-previous", "{ " + ranking + " { nodes { rank status rankChange } } }");
		requests.put("ranking-entries-figures", "{ " + ranking + " { nodes { rank status sectors { value } } } }");
		requests.put("ranking-entries-previous-figures",
				"{ " + ranking + " { nodes { rank status previousRank sectors { value } } } }");
		requests.put("ranking-entries-values", "{ " + ranking + " { nodes { rank sectors { value status } } } }");
		requests.put("ranking-figures", "{ " + ranking + " { nodes { rank value region { name } } } }");
		requests.put("ranking-figures-sector-figures",
				"{ " + ranking + " { nodes { rank value sectors { sector { code } value } } } }");
		requests.put("region-page", "{ region(code: \"36.71\") { name indexes { fiscalYear value } } }");
		requests.put("sector-detail", "{ sectorDetail(regionCode: \"36.71\", edition: 2025, sector: HEALTH)"
				+ " { indexValue { value } services { achievement } } }");
		requests.put("index-values-filter",
				"{ indexValues(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: \"32\"},"
						+ " level: {equalTo: REGENCY}, sector: {equalTo: HEALTH}, value: {lessThan: 80}},"
						+ " orderBy: [VALUE_ASC], first: 5) { totalCount nodes { value } } }");
		requests.put("index-values-change",
				"{ indexValues(filter: {fiscalYear: {equalTo: 2024}, level: {equalTo: PROVINCE},"
						+ " sector: {isNull: true}}, orderBy: [CHANGE_DESC], changeFromFiscalYear: 2022, first: 5)"
						+ " { nodes { value } } }");
		requests.put("achievements-filter",
				"{ achievements(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: \"32\"},"
						+ " achievement: {lessThan: 80}}, orderBy: [ACHIEVEMENT_ASC], first: 5)"
						+ " { totalCount nodes { achievement } } }");
		requests.put("statistics-by-province",
				"{ statistics(of: INDEX_VALUES, groupBy: [PROVINCE], filter: {indexValues: {fiscalYear:"
						+ " {equalTo: 2024}, sector: {isNull: true}, level: {in: [REGENCY, CITY]}}}) { count mean } }");
		requests.put("regions-page", "{ regions(level: CITY, first: 5) { totalCount nodes { code } } }");
		return requests;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
