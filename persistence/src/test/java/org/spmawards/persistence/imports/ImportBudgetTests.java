package org.spmawards.persistence.imports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that cannot finish within its time budget is rejected, changes nothing, gives
 * the year's lock back and leaves a healthy connection in the pool, wherever its time
 * went: a stalled upload, another import of the year, or a slow statement.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=import_budget", "spm.imports.time-budget=2s" })
class ImportBudgetTests {

	private static final String FILE = DataImporterTests.HEADER + "36.71,HEA-K-1,100,95,100\n";

	@Autowired
	DataImporter importer;

	@Autowired
	DatabaseClient database;

	@Value("${spring.flyway.url}")
	String jdbcUrl;

	@Value("${spring.flyway.user:postgres}")
	String user;

	@Value("${spring.flyway.password:}")
	String password;

	@BeforeEach
	void startFromOneRow(@Autowired IndexRefresher refresher) {
		ImportedData.clear(this.database, refresher);
		assertThat(importAchievements(DataImporterTests.csv(DataImporterTests.HEADER + "36.71,HEA-K-1,100,90,100\n"))
			.block()
			.status()).isEqualTo(ImportReport.IMPORTED);
	}

	@Test
	void rejectsAnUploadThatStallsPastTheBudget() {
		Flux<DataBuffer> stalled = DataImporterTests.csv(FILE).concatWith(Flux.never());
		assertRejectedOverBudget(stalled, "while reading the file");
		assertUnchangedAndOpenToTheNextImport();
	}

	@Test
	void rejectsAnImportThatWaitsPastTheBudgetForAnotherImportOfTheYear() throws SQLException {
		try (Connection other = connect()) {
			other.setAutoCommit(false);
			execute(other, "select pg_advisory_xact_lock(" + (0x53504d0000L + 2024) + ")");
			assertRejectedOverBudget(DataImporterTests.csv(FILE), "while waiting for another import of the year");
			other.rollback();
		}
		assertUnchangedAndOpenToTheNextImport();
	}

	@Test
	void rejectsAnImportWhoseStatementRunsPastTheBudget() throws SQLException {
		try (Connection other = connect()) {
			other.setAutoCommit(false);
			execute(other, "lock table service_achievement in access exclusive mode");
			assertRejectedOverBudget(DataImporterTests.csv(FILE), "while comparing the file with the data held");
			other.rollback();
		}
		assertUnchangedAndOpenToTheNextImport();
	}

	private void assertRejectedOverBudget(Flux<DataBuffer> file, String phase) {
		StepVerifier.create(importAchievements(file)).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
			assertThat(report.errors()).singleElement()
				.satisfies((error) -> assertThat(error.reason())
					.startsWith("the import did not finish within its time budget of 2 s (spm.imports.time-budget):")
					.contains(phase)
					.endsWith("nothing was changed"));
		}).verifyComplete();
	}

	/** Nothing changed, and the next import goes through on a healthy connection. */
	private void assertUnchangedAndOpenToTheNextImport() {
		StepVerifier.create(achievements()).expectNext(List.of("36.71 HEA-K-1 90")).verifyComplete();
		StepVerifier.create(importAchievements(DataImporterTests.csv(FILE)))
			.assertNext((report) -> assertThat(report.status()).as(() -> report.errors().toString())
				.isEqualTo(ImportReport.IMPORTED))
			.verifyComplete();
	}

	private Mono<ImportReport> importAchievements(Flux<DataBuffer> file) {
		return this.importer.importAchievements(2024, DataImporterTests.SOURCE, file).timeout(Duration.ofSeconds(20));
	}

	private Mono<List<String>> achievements() {
		return this.database
			.sql("select region_code || ' ' || service_type_code || ' ' || served as line from service_achievement"
					+ " where fiscal_year = 2024 order by 1")
			.map((row) -> row.get("line", String.class))
			.all()
			.collectList();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
