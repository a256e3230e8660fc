package org.spmawards.persistence.imports;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.test.FullYear;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.JdbcSession;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import whose database connection is cut at each of its phases, as when the service
 * is killed mid-import, leaves the previous data exactly as it was, and the next import
 * goes through. Each phase is held with a lock another connection takes (or, while the
 * file is read, by an upload that pauses), so that the cut lands where it is meant to.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=import_faults")
class ImportFaultTests {

	/** The data an import may change, as one digest per table. */
	private static final String STATE = Stream
		.of("service_achievement", "index_value", "data_revision", "published_index_value", "data_version")
		.map((table) -> "(select md5(coalesce(string_agg(t::text, ';' order by t::text), '')) from " + table + " t)")
		.collect(Collectors.joining(", ", "select concat_ws(' ', ", ")"));

	/**
	 * The importing connection: the one that stages the file, and then holds the year's
	 * lock.
	 */
	private static final String IMPORTER = "select pid from pg_stat_activity where datname = current_database()"
			+ " and query like 'insert into import_staging%' union select pid from pg_locks where locktype = 'advisory'"
			+ " and granted and database = (select oid from pg_database where datname = current_database())";

	@Autowired
	DataImporter importer;

	@Autowired
	DatabaseClient database;

	@Autowired
	Environment environment;

	ReferenceData reference;

	@BeforeEach
	void startFromAFullYear(@Autowired IndexRefresher refresher, @Autowired ReferenceDataCache referenceData) {
		ImportedData.clear(this.database, refresher);
		this.reference = referenceData.get().block();
		ImportReport first = this.importer
			.importAchievements(2024, "data-team", DataImporterTests.SOURCE,
					DataImporterTests.csv(FullYear.file(this.reference, 0)))
			.block();
		assertThat(first.status()).isEqualTo(ImportReport.IMPORTED);
	}

	@ParameterizedTest
	@EnumSource
	void leavesThePreviousDataExactlyWhenTheConnectionIsCut(Phase phase) {
		String before = state();
		String changed = FullYear.file(this.reference, 1);
		try (JdbcSession holder = JdbcSession.open(this.environment)) {
			if (phase.lock != null) {
				holder.begin();
				holder.execute(phase.lock);
			}
			// the file arrives in two parts; while the file is read, the second waits
			int half = changed.indexOf('\n', changed.length() / 2) + 1;
			Sinks.Many<DataBuffer> upload = Sinks.many().unicast().onBackpressureBuffer();
			upload.tryEmitNext(buffer(changed.substring(0, half)));
			if (phase != Phase.READING) {
				upload.tryEmitNext(buffer(changed.substring(half)));
				upload.tryEmitComplete();
			}
			StepVerifier.Step<ImportReport> running = StepVerifier
				.create(this.importer.importAchievements(2024, "data-team", DataImporterTests.SOURCE, upload.asFlux()));
			running.then(() -> {
				int pid = awaitImporter(holder, phase);
				assertThat(holder.query("select pg_terminate_backend(" + pid + ")")).isEqualTo("t");
				if (phase == Phase.READING) {
					// the rest of the file reaches a connection that is gone
					upload.tryEmitNext(buffer(changed.substring(half)));
					upload.tryEmitComplete();
				}
			}).expectError().verify(Duration.ofSeconds(30));
			if (phase.lock != null) {
				holder.rollback();
			}
		}
		assertThat(state()).isEqualTo(before);
		// the year's lock went with the connection, and the pool lends a live one
		StepVerifier
			.create(this.importer.importAchievements(2024, "data-team", DataImporterTests.SOURCE,
					DataImporterTests.csv(changed)))
			.assertNext((report) -> assertThat(report.status()).isEqualTo(ImportReport.IMPORTED))
			.verifyComplete();
		assertThat(state()).isNotEqualTo(before);
	}

	@Test
	void reimportsAFullYearInSeconds() {
		// the time each import takes is logged, for the README; it is not asserted
		long rows = this.database.sql("select count(*) from service_achievement where fiscal_year = 2024")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
		for (int variant : new int[] { 0, 1 }) {
			long started = System.nanoTime();
			ImportReport report = this.importer
				.importAchievements(2024, "data-team", DataImporterTests.SOURCE,
						DataImporterTests.csv(FullYear.file(this.reference, variant)))
				.block();
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(report.rowsRead()).isEqualTo(rows);
			assertThat(report.status()).isEqualTo((variant == 0) ? ImportReport.UNCHANGED : ImportReport.IMPORTED);
			System.out.println("Full-year import of " + rows + " rows, " + report.status() + ": " + millis + " ms");
		}
	}

	/** Waits for the import to reach the phase and returns its connection's process. */
	private int awaitImporter(JdbcSession holder, Phase phase) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			String pid = holder.query(IMPORTER);
			if (pid != null && "t".equals(holder.query(phase.condition(pid)))) {
				return Integer.parseInt(pid);
			}
			sleep();
		}
		throw new AssertionError("the import did not reach the phase " + phase);
	}

	private String state() {
		return this.database.sql(STATE).map((row) -> row.get(0, String.class)).one().block();
	}

	private static DataBuffer buffer(String text) {
		return DataImporterTests.csv(text).reduce(DataBuffer::write).block();
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where the connection is cut, and how the import is held there.
	 */
	enum Phase {

		/** The file is being read and staged: the upload pauses after its first half. */
		READING(null, "state = 'idle in transaction' and query like 'insert into import_staging%'"),

		/** The file is compared with the data held: the table cannot be read. */
		COMPARING("lock table service_achievement in access exclusive mode", null),

		/** The year's rows are replaced: the table can be read, not written. */
		WRITING("lock table service_achievement in exclusive mode", null),

		/** The revision is recorded. */
		RECORDING("lock table data_revision in exclusive mode", null),

		/** The year's index values are recomputed. */
		INDEXING("lock table index_value in exclusive mode", null);

		private final @Nullable String lock;

		private final @Nullable String activity;

		Phase(@Nullable String lock, @Nullable String activity) {
			this.lock = lock;
			this.activity = activity;
		}

		/** Whether the importing process is there: waiting for the lock, or idle. */
		String condition(String pid) {
			if (this.activity != null) {
				return "select exists (select 1 from pg_stat_activity where pid = " + pid + " and " + this.activity
						+ ")";
			}
			return "select exists (select 1 from pg_locks where pid = " + pid + " and not granted)";
		}

	}

}
