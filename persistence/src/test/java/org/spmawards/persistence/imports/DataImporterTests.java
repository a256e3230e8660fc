package org.spmawards.persistence.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=imports")
class DataImporterTests {

	static final String HEADER = "region_code,service_type,target,served,quality_pct\n";

	static final String SOURCE = "https://example.org/spm/2024.csv";

	@Autowired
	DataImporter importer;

	@Autowired
	IndexRepository index;

	@Autowired
	DatabaseClient database;

	@BeforeEach
	void startFromNoImportedData(@Autowired IndexRefresher refresher) {
		ImportedData.clear(this.database, refresher);
	}

	@Test
	void importsAchievementsAndRecomputesTheIndexOfTheYear() {
		StepVerifier.create(importAchievements(HEADER + """
				36.71,HEA-K-1,100,120,90
				36.71,HEA-K-2,0,0,0
				36.71,HEA-K-3,200,100,50
				36.74,HEA-K-1,100,90,100
				""")).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.IMPORTED);
			assertThat(report.rowsRead()).isEqualTo(4);
			assertThat(report.rowsImported()).isEqualTo(4);
			assertThat(report.rowsRejected()).isZero();
			assertThat(report.changes()).isEqualTo(new ImportReport.Changes(4, 0, 0));
			assertThat(report.revision()).isNotNull();
			assertThat(report.revision().checksum()).startsWith("sha256:").hasSize(71);
			assertThat(report.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.line()).isEqualTo(2);
				assertThat(warning.column()).isEqualTo("served");
				assertThat(warning.reason()).contains("above the target");
			});
		}).verifyComplete();
		// computed at once, from 1 and 2 of the 12 health services: too few to be ranked
		StepVerifier
			.create(Flux.concat(this.index.find(RegionCode.of("36.74"), 2024, SectorCode.HEALTH),
					this.index.find(RegionCode.of("36.71"), 2024, SectorCode.HEALTH)))
			.assertNext((value) -> assertThat(value.value() + " " + value.completeness() + " " + value.rank())
				.isEqualTo("92.00 Completeness[servicesUsed=1, servicesOwed=12] null"))
			.assertNext((value) -> assertThat(value.value() + " " + value.completeness() + " " + value.rank())
				.isEqualTo("74.00 Completeness[servicesUsed=2, servicesOwed=11] null"))
			.verifyComplete();
	}

	@Test
	void changesNothingWhenTheSameFileIsImportedAgain() {
		String file = HEADER + "36.71,HEA-K-1,100,90,100\n";
		StepVerifier.create(importAchievements(file).then(importAchievements(file))).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.UNCHANGED);
			assertThat(report.changes()).isEqualTo(new ImportReport.Changes(0, 0, 0));
			assertThat(report.revision()).isNull();
		}).verifyComplete();
		StepVerifier.create(revisions()).expectNext(1L).verifyComplete();
	}

	@Test
	void replacesTheYearAndRecordsARevision() {
		StepVerifier
			.create(importAchievements(HEADER + "36.71,HEA-K-1,100,90,100\n36.71,HEA-K-3,100,50,50\n")
				.then(importAchievements(HEADER + "36.71,HEA-K-1,100,95,100\n36.74,HEA-K-1,100,50,50\n")))
			.assertNext((report) -> {
				assertThat(report.status()).isEqualTo(ImportReport.IMPORTED);
				assertThat(report.changes()).isEqualTo(new ImportReport.Changes(1, 1, 1));
				assertThat(report.revision().rowsInserted()).isEqualTo(1);
				assertThat(report.revision().rowsUpdated()).isEqualTo(1);
				assertThat(report.revision().rowsDeleted()).isEqualTo(1);
				assertThat(report.revision().sourceUrl()).isEqualTo(SOURCE);
			})
			.verifyComplete();
		StepVerifier.create(revisions()).expectNext(2L).verifyComplete();
		StepVerifier.create(achievements())
			.expectNext(List.of("36.71 HEA-K-1 95", "36.74 HEA-K-1 50"))
			.verifyComplete();
	}

	@Test
	void leavesTheDataUntouchedWhenAFileFails() {
		importAchievements(HEADER + "36.71,HEA-K-1,100,90,100\n").block();
		StepVerifier.create(importAchievements(HEADER + "36.71,HEA-K-1,100,10,10\n36.74,HEA-K-1,-5,1,1\n"))
			.assertNext((report) -> {
				assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
				assertThat(report.rowsRead()).isEqualTo(2);
				assertThat(report.rowsRejected()).isEqualTo(1);
				assertThat(report.rowsImported()).isZero();
			})
			.verifyComplete();
		StepVerifier.create(achievements()).expectNext(List.of("36.71 HEA-K-1 90")).verifyComplete();
		StepVerifier.create(revisions()).expectNext(1L).verifyComplete();
	}

	@Test
	void refusesRowsThatADemoExportLabelledSynthetic() {
		importAchievements(HEADER + "36.71,HEA-K-1,100,90,100\n").block();
		String demoExport = "region_code,service_type,target,served,quality_pct,verification,note\n"
				+ "36.71,HEA-K-1,100,95,100,VERIFIED_SINGLE,\n"
				+ "36.74,HEA-K-1,100,50,50,SYNTHETIC,Synthetic demo value (seed 20251): not a fact\n";
		StepVerifier.create(importAchievements(demoExport)).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
			assertThat(report.rowsRejected()).isEqualTo(1);
			assertThat(report.errors()).singleElement().satisfies((error) -> {
				assertThat(error.line()).isEqualTo(3);
				assertThat(error.column()).isEqualTo("verification");
				assertThat(error.reason()).contains("synthetic demo data cannot be imported");
			});
		}).verifyComplete();
		StepVerifier.create(achievements()).expectNext(List.of("36.71 HEA-K-1 90")).verifyComplete();
	}

	@Test
	void leavesTheDataUntouchedWhenTheUploadBreaksOff() {
		importAchievements(HEADER + "36.71,HEA-K-1,100,90,100\n").block();
		Flux<DataBuffer> broken = csv(HEADER + "36.71,HEA-K-1,100,10,10\n36.74,HEA-K-1,100,10,10\n")
			.concatWith(Flux.error(new java.io.IOException("Connection reset by peer")));
		StepVerifier.create(this.importer.importAchievements(2024, "data-team", SOURCE, broken))
			.assertNext((report) -> assertThat(report.status()).isEqualTo(ImportReport.REJECTED))
			.verifyComplete();
		StepVerifier.create(achievements()).expectNext(List.of("36.71 HEA-K-1 90")).verifyComplete();
	}

	@Test
	void reportsEveryErrorWithItsLineColumnAndReason() {
		String file = HEADER + """
				36.7,HEA-K-1,100,90,100
				36.98,HEA-K-1,100,90,100
				36.71,HEA-X-1,100,90,100
				36.71,EDU-P-1,100,90,100
				36.71,HEA-K-1,-1,90,100
				36.71,HEA-K-2,many,90,100
				36.71,HEA-K-3,100,90,101
				36.71,HEA-K-4,100,90,99.999
				36.71,HEA-K-5,100,90,100
				36.71,HEA-K-5,100,80,100
				""";
		StepVerifier.create(importAchievements(file)).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
			assertThat(report.rowsRead()).isEqualTo(10);
			assertThat(report.rowsRejected()).isEqualTo(9);
			assertThat(report.errors()).extracting((error) -> error.line() + " " + error.column())
				.containsExactly("2 region_code", "3 region_code", "4 service_type", "5 service_type", "6 target",
						"7 target", "8 quality_pct", "9 quality_pct", "11 null");
			assertThat(report.errors().get(0).reason()).contains("not a Kemendagri region code");
			assertThat(report.errors().get(1).reason()).startsWith("unknown region code");
			assertThat(report.errors().get(2).reason()).startsWith("unknown service type");
			assertThat(report.errors().get(3).reason())
				.isEqualTo("service type EDU-P-1 is owed by provinces, but 36.71 is a city");
			assertThat(report.errors().get(4).reason()).isEqualTo("a count cannot be negative");
			assertThat(report.errors().get(5).reason()).startsWith("not a whole number");
			assertThat(report.errors().get(6).reason()).isEqualTo("outside 0 to 100");
			assertThat(report.errors().get(7).reason()).startsWith("more than two decimals");
			assertThat(report.errors().get(8).reason())
				.isEqualTo("duplicate row: region 36.71 and service type HEA-K-5 already appear on line 10");
		}).verifyComplete();
		StepVerifier.create(revisions()).expectNext(0L).verifyComplete();
	}

	@Test
	void reportsMissingColumns() {
		StepVerifier.create(importAchievements("region_code,service_type,target\n36.71,HEA-K-1,100\n"))
			.assertNext((report) -> {
				assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
				assertThat(report.errors()).singleElement().satisfies((error) -> {
					assertThat(error.line()).isEqualTo(1);
					assertThat(error.column()).isEqualTo("served,quality_pct");
					assertThat(error.reason()).startsWith("missing columns served, quality_pct");
				});
			})
			.verifyComplete();
	}

	@Test
	void refusesAFiscalYearThatNoEditionAssesses() {
		StepVerifier
			.create(this.importer.importAchievements(2030, "data-team", null, csv(HEADER + "36.71,HEA-K-1,1,1,1\n")))
			.assertNext((report) -> {
				assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
				assertThat(report.errors()).singleElement().satisfies((error) -> {
					assertThat(error.column()).isEqualTo("fiscalYear");
					assertThat(error.reason()).isEqualTo(
							"no SPM Awards edition assesses fiscal year 2030; the editions assess 2021, 2022, 2023, 2024");
				});
			})
			.verifyComplete();
	}

	@Test
	void refusesAFileThatIsNotUtf8() {
		byte[] latin1 = (HEADER + "36.71,HEA-K-1,100,90,100\n36.71,\u00e9,1,1,1\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		StepVerifier.create(this.importer.importAchievements(2024, "data-team", null,
				Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(latin1))))
			.assertNext((report) -> {
				assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
				assertThat(report.errors()).singleElement()
					.satisfies((error) -> assertThat(error.reason()).contains("UTF-8"));
			})
			.verifyComplete();
	}

	@Test
	void importsPublishedIndexValuesThatWinOverComputedAndCuratedOnes() {
		importAchievements(HEADER + "36.71,HEA-K-1,100,90,100\n").block();
		String file = "region_code,sector,value,national_rank\n36.71,,98.5,2\n36.71,HEALTH,99,\n";
		StepVerifier
			.create(this.importer.importIndexValues(2024, "data-team", "https://example.org/index-2024.pdf", csv(file)))
			.assertNext((report) -> assertThat(report.status()).isEqualTo(ImportReport.IMPORTED))
			.verifyComplete();
		StepVerifier.create(this.index.findByRegions(List.of(RegionCode.of("36.71")), 2024).collectList())
			.assertNext((values) -> {
				assertThat(values)
					.extracting((value) -> value.sector() + " " + value.value() + " " + value.ranks().national())
					.containsExactly("null 98.50 2", "HEALTH 99.00 null");
				assertThat(values.get(0).provenance().sources()).hasSize(1);
			})
			.verifyComplete();
	}

	@Test
	void requiresASourceForPublishedIndexValues() {
		StepVerifier
			.create(this.importer.importIndexValues(2024, "data-team", null,
					csv("region_code,sector,value,national_rank\n")))
			.assertNext((report) -> assertThat(report.errors()).singleElement()
				.satisfies((error) -> assertThat(error.column()).isEqualTo("sourceUrl")))
			.verifyComplete();
	}

	@Test
	void streamsAFileOfOneHundredThousandRowsAndBoundsTheReport() {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 0; i < 100_000; i++) {
			rows.append("36.71,HEA-K-").append(1 + (i % 12)).append(",100,").append(i % 100).append(",90\n");
		}
		StepVerifier.create(importAchievements(rows.toString())).assertNext((report) -> {
			assertThat(report.rowsRead()).isEqualTo(100_000);
			assertThat(report.rowsRejected()).isEqualTo(100_000 - 12);
			assertThat(report.errorCount()).isEqualTo(100_000 - 12);
			assertThat(report.errors()).hasSize(1000);
		}).verifyComplete();
	}

	@Test
	void saysWhatIsWrongWithAFileInItsOwnWords() {
		assertThat(errors("region_code,service_type,target,served,quality_pct,target\n36.71,HEA-K-1,1,1,1,1\n"))
			.containsExactly("1 target: the header row names 'target' more than once: name each column once");
		assertThat(errors(HEADER + "36.71,\"HEA-K-1,100,50,1\n")).containsExactly(
				"2 null: the file cannot be read from here on: a quoted cell is never closed: a \" opens a cell that"
						+ " no \" ends");
		assertThat(errors(HEADER + "36.71,\"HEA\"-K-1,100,50,1\n")).singleElement()
			.asString()
			.contains("a quoted cell goes on after its closing \"")
			.doesNotContain("org.apache", "CSV");
		assertThat(errors(HEADER + "36.71,HEA-K-1,100,50,1e2\n36.71,HEA-K-2,1.250,50,5\n36.71,HEA-K-3,+5,4,5\n"
				+ "36.71,HEA-K-4,100,50,97,5\n36.71,HEA-K-5,100,50,5\u0000\n"))
			.containsExactly(
					"2 quality_pct: not a number as the format writes one: digits with a decimal point, e.g. 97.89"
							+ " (no exponent, no thousands separator, no decimal comma)",
					"3 target: not a whole number: a count of citizens is written as digits, e.g. 1250",
					"4 target: not a whole number: a count of citizens is written as digits, e.g. 1250",
					"5 null: the row has 6 cells but the header names 5 columns: a decimal comma, or a comma inside a"
							+ " cell that is not quoted?",
					"6 quality_pct: holds the control character U+0000 at position 2: the file is damaged or not a"
							+ " text file");
	}

	@Test
	void keepsItsReportSmallWhateverTheFileHolds() {
		StringBuilder file = new StringBuilder(HEADER);
		for (int row = 0; row < 1000; row++) {
			file.append("36.71,HEA-K-1,").append("x".repeat(10_000)).append(",1,1\n");
		}
		StepVerifier.create(importAchievements(file.toString())).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
			assertThat(report.errors()).hasSize(1000).allSatisfy((error) -> {
				assertThat(error.value()).hasSize(80 + "... (10000 characters)".length())
					.endsWith("xxx... (10000 characters)");
				assertThat(error.reason()).hasSizeLessThan(100);
			});
		}).verifyComplete();
	}

	/** The errors of a rejected file, as "line column: reason". */
	private List<String> errors(String file) {
		ImportReport report = importAchievements(file).block();
		assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
		return report.errors()
			.stream()
			.map((error) -> error.line() + " " + error.column() + ": " + error.reason())
			.toList();
	}

	private Mono<ImportReport> importAchievements(String file) {
		return this.importer.importAchievements(2024, "data-team", SOURCE, csv(file));
	}

	private Mono<Long> revisions() {
		return this.database.sql("select count(*) from data_revision").map((row) -> row.get(0, Long.class)).one();
	}

	private Mono<List<String>> achievements() {
		return achievements(this.database);
	}

	/** The 2024 achievements held, as "region service-type served", in order. */
	static Mono<List<String>> achievements(DatabaseClient database) {
		return database
			.sql("select region_code || ' ' || service_type_code || ' ' || served as line from service_achievement"
					+ " where fiscal_year = 2024 order by 1")
			.map((row) -> row.get("line", String.class))
			.all()
			.collectList();
	}

	static Flux<DataBuffer> csv(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		// in pieces, as a request body arrives
		return Flux.range(0, (bytes.length + 999) / 1000)
			.map((i) -> DefaultDataBufferFactory.sharedInstance
				.wrap(java.util.Arrays.copyOfRange(bytes, i * 1000, Math.min(bytes.length, (i + 1) * 1000))));
	}

}
