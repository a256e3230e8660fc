package org.spmawards.persistence.imports;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.JdbcSession;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
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

	@Autowired
	Environment environment;

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
	void rejectsAnImportThatWaitsPastTheBudgetForAnotherImportOfTheYear() {
		try (JdbcSession other = JdbcSession.open(this.environment)) {
			other.holdImportLock(2024);
			assertRejectedOverBudget(DataImporterTests.csv(FILE), "while waiting for another import of the year");
			other.rollback();
		}
		assertUnchangedAndOpenToTheNextImport();
	}

	@Test
	void rejectsAnImportWhoseStatementRunsPastTheBudget() {
		try (JdbcSession other = JdbcSession.open(this.environment)) {
			other.begin();
			other.execute("lock table service_achievement in access exclusive mode");
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
		StepVerifier.create(DataImporterTests.achievements(this.database))
			.expectNext(List.of("36.71 HEA-K-1 90"))
			.verifyComplete();
		StepVerifier.create(importAchievements(DataImporterTests.csv(FILE)))
			.assertNext((report) -> assertThat(report.status()).as(() -> report.errors().toString())
				.isEqualTo(ImportReport.IMPORTED))
			.verifyComplete();
	}

	private Mono<ImportReport> importAchievements(Flux<DataBuffer> file) {
		return this.importer.importAchievements(2024, "data-team", DataImporterTests.SOURCE, file)
			.timeout(Duration.ofSeconds(20));
	}

}
