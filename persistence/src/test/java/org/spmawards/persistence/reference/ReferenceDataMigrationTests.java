package org.spmawards.persistence.reference;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.test.TestDatabase;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class ReferenceDataMigrationTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	Flyway flyway;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void appliesEveryMigrationOnTheClassPath() throws IOException {
		Resource[] scripts = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/V*__*.sql");
		Stream<String> sqlVersions = Arrays.stream(scripts)
			.map((script) -> script.getFilename().substring(1, script.getFilename().indexOf("__")));
		Stream<String> javaVersions = this.javaMigrations.stream()
			.map((migration) -> migration.getVersion().toString());
		List<String> expected = Stream.concat(sqlVersions, javaVersions).sorted().toList();
		assertThat(expected).contains("1", "2");
		StepVerifier
			.create(this.database.sql("select version from flyway_schema_history where success and version is not null")
				.map((row) -> row.get("version", String.class))
				.all()
				.sort()
				.collectList())
			.assertNext((applied) -> assertThat(applied).containsExactlyElementsOf(expected))
			.verifyComplete();
	}

	@Test
	void loadsEveryRowOfTheReferenceData() {
		StepVerifier.create(counts())
			.assertNext((counts) -> assertThat(counts).isEqualTo(expectedCounts()))
			.verifyComplete();
	}

	@Test
	void loadingAgainAddsNoRow() throws SQLException {
		// migration 2 runs on the schema of migration 1: load it twice there
		DatabaseUrl url = TestDatabase.createDatabase("reference");
		Flyway.configure()
			.dataSource(url.jdbcUrl(), url.username(), url.password())
			.locations("classpath:db/migration")
			.javaMigrations(new ReferenceDataMigration())
			.target("2")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password())) {
			new ReferenceDataLoader(connection).load();
			Map<String, Long> counts = new TreeMap<>();
			try (var statement = connection.createStatement(); var rows = statement.executeQuery(COUNTS)) {
				while (rows.next()) {
					counts.put(rows.getString("name"), rows.getLong("n"));
				}
			}
			assertThat(counts).isEqualTo(expectedCounts());
		}
	}

	private static Map<String, Long> expectedCounts() {
		Map<String, Long> counts = new TreeMap<>();
		counts.put("province", 38L);
		counts.put("regency", 416L);
		counts.put("city", 98L);
		counts.put("not autonomous", 6L);
		counts.put("sector", 6L);
		counts.put("service type PROVINCE", 14L);
		counts.put("service type REGENCY_CITY", 29L);
		counts.put("achievement level", 6L);
		counts.put("edition", 4L);
		counts.put("award result", 36L);
		counts.put("award mention", 21L);
		counts.put("published index value", 11L);
		counts.put("national average", 7L);
		return counts;
	}

	private static final String COUNTS = """
			select 'province' as name, count(*) as n from region where level = 'PROVINCE'
			union all select 'regency', count(*) from region where level = 'REGENCY'
			union all select 'city', count(*) from region where level = 'CITY'
			union all select 'not autonomous', count(*) from region where not autonomous
			union all select 'sector', count(*) from sector
			union all select 'service type ' || level, count(*) from service_type group by level
			union all select 'achievement level', count(*) from achievement_level
			union all select 'edition', count(*) from award_edition
			union all select 'award result', count(*) from award_result
			union all select 'award mention', count(*) from award_mention
			union all select 'published index value', count(*) from published_index_value
			union all select 'national average', count(*) from national_average
			""";

	private reactor.core.publisher.Mono<Map<String, Long>> counts() {
		return this.database.sql(COUNTS)
			.map((row) -> Map.entry(row.get("name", String.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new);
	}

}
