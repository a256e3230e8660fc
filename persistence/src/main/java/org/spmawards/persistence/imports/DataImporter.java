package org.spmawards.persistence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.support.StatementCancellation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Imports a CSV file of official data for one fiscal year. The file is read as a stream:
 * each row is checked and staged in a temporary table inside one transaction, so nothing
 * is held in memory but the keys seen so far. If any row has an error, the transaction is
 * rolled back and the report lists every error with its line and column; a server that
 * dies midway also leaves the data as it was. Otherwise the year's rows are replaced by
 * the file's, a revision is recorded if anything changed, and the year's index values are
 * recomputed in the same transaction, so that readers see the new values at once.
 * <p>
 * A whole import has a time budget ({@code spm.imports.time-budget}): the file is read
 * until the budget is spent, and each statement may take what is left of it
 * ({@code statement_timeout}), so that no import holds the year's lock, or a connection,
 * for longer. An import over its budget is rejected and changes nothing.
 */
@Component
public class DataImporter {

	private static final Log logger = LogFactory.getLog(DataImporter.class);

	private static final int CHUNK_ROWS = 2000;

	private static final long PROGRESS_ROWS = 10_000;

	/** Keeps two imports of one fiscal year from interleaving. */
	private static final long LOCK_NAMESPACE = 0x53504d0000L;

	/** The most characters a workbook's rows may come to. */
	private static final long MAX_WORKBOOK_CHARS = 32L << 20;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		// duplicates are reported in the importer's words (read)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.get();

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final IndexRefresher indexRefresher;

	private final DataRevisionRepository revisions;

	private final DataVersionStore dataVersion;

	private final ReferenceDataCache referenceData;

	private final DatasetRepository datasets;

	private final long maxBytes;

	private final double maxDeletedShare;

	private final Duration timeBudget;

	public DataImporter(DatabaseClient database, TransactionalOperator transactions, IndexRefresher indexRefresher,
			DataRevisionRepository revisions, DataVersionStore dataVersion, ReferenceDataCache referenceData,
			DatasetRepository datasets, ImportProperties limits) {
		this.dataVersion = dataVersion;
		this.referenceData = referenceData;
		this.datasets = datasets;
		this.database = database;
		this.transactions = transactions;
		this.indexRefresher = indexRefresher;
		this.revisions = revisions;
		this.maxBytes = limits.maxBytes();
		this.maxDeletedShare = limits.maxDeletedShare();
		this.timeBudget = limits.timeBudget();
	}

	/**
	 * Imports service-level achievement data:
	 * {@code region_code,service_type,target,served,quality_pct}.
	 * @param fiscalYear the fiscal year the file reports on
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the data was published, or {@code null}
	 * @param file the file's bytes, UTF-8
	 * @return the report
	 */
	public Mono<ImportReport> importAchievements(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			Publisher<DataBuffer> file) {
		return importAchievements(fiscalYear, importedBy, sourceUrl, false, file);
	}

	/**
	 * Imports service-level achievement data:
	 * {@code region_code,service_type,target,served,quality_pct}.
	 * @param fiscalYear the fiscal year the file reports on
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the data was published, or {@code null}
	 * @param replaceYear whether the file replaces the year on purpose, even when it has
	 * no data rows or deletes more than {@code spm.imports.max-deleted-share} of the
	 * year's rows
	 * @param file the file's bytes, UTF-8
	 * @return the report
	 */
	public Mono<ImportReport> importAchievements(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			boolean replaceYear, Publisher<DataBuffer> file) {
		return importAchievements(fiscalYear, importedBy, sourceUrl, replaceYear, ImportFile.CSV, file);
	}

	/**
	 * Imports service-level achievement data from a CSV file or a workbook:
	 * {@code region_code,service_type,target,served,quality_pct}.
	 * @param fiscalYear the fiscal year the file reports on
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the data was published, or {@code null}
	 * @param replaceYear whether the file replaces the year on purpose
	 * @param kind whether the file is CSV or a workbook
	 * @param file the file's bytes
	 * @return the report
	 */
	public Mono<ImportReport> importAchievements(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			boolean replaceYear, ImportFile kind, Publisher<DataBuffer> file) {
		return run(new AchievementFormat(), kind, fiscalYear, importedBy, sourceUrl, replaceYear, file);
	}

	/**
	 * Imports published index values: {@code region_code,sector,value,national_rank}.
	 * @param fiscalYear the fiscal year the values rate
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the values were published
	 * @param file the file's bytes, UTF-8
	 * @return the report
	 */
	public Mono<ImportReport> importIndexValues(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			Publisher<DataBuffer> file) {
		return importIndexValues(fiscalYear, importedBy, sourceUrl, false, file);
	}

	/**
	 * Imports published index values: {@code region_code,sector,value,national_rank}.
	 * @param fiscalYear the fiscal year the values rate
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the values were published
	 * @param replaceYear whether the file replaces the year on purpose, even when it has
	 * no data rows or deletes more than {@code spm.imports.max-deleted-share} of the
	 * year's rows
	 * @param file the file's bytes, UTF-8
	 * @return the report
	 */
	public Mono<ImportReport> importIndexValues(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			boolean replaceYear, Publisher<DataBuffer> file) {
		return importIndexValues(fiscalYear, importedBy, sourceUrl, replaceYear, ImportFile.CSV, file);
	}

	/**
	 * Imports published index values from a CSV file or a workbook:
	 * {@code region_code,sector,value,national_rank}.
	 * @param fiscalYear the fiscal year the values rate
	 * @param importedBy who vouches for the file: the name of the token it was sent with
	 * @param sourceUrl where the values were published
	 * @param replaceYear whether the file replaces the year on purpose
	 * @param kind whether the file is CSV or a workbook
	 * @param file the file's bytes
	 * @return the report
	 */
	public Mono<ImportReport> importIndexValues(int fiscalYear, String importedBy, @Nullable String sourceUrl,
			boolean replaceYear, ImportFile kind, Publisher<DataBuffer> file) {
		return run(new IndexValueFormat(), kind, fiscalYear, importedBy, sourceUrl, replaceYear, file);
	}

	private <R> Mono<ImportReport> run(ImportFormat<R> format, ImportFile kind, int fiscalYear, String importedBy,
			@Nullable String sourceUrl, boolean replaceYear, Publisher<DataBuffer> file) {
		return Mono.zip(this.referenceData.get(), demoDatabase()).flatMap((checks) -> {
			Set<Integer> assessed = checks.getT1()
				.editions()
				.stream()
				.map(AwardEdition::fiscalYear)
				.collect(Collectors.toSet());
			References references = References.of(checks.getT1());
			Run<R> run = new Run<>(format, kind, fiscalYear);
			if (checks.getT2()) {
				run.problems.error(null, null, null, "this database holds the DEMO dataset: official data is imported"
						+ " into an official database, so that demo and real data never mix");
			}
			if (!assessed.contains(fiscalYear)) {
				run.problems.error(null, "fiscalYear", String.valueOf(fiscalYear),
						"no SPM Awards edition assesses fiscal year " + fiscalYear + "; the editions assess "
								+ assessed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
			}
			checkSourceUrl(format, sourceUrl, run.problems);
			if (run.problems.hasErrors()) {
				return Mono.just(run.report(ImportReport.REJECTED, null, null, null));
			}
			// a file with errors ends the transaction with a rollback: nothing staged
			// stays. The file is staged before the year's lock is awaited: a request
			// body left unread while another import runs would meet the server's read
			// timeout
			return this.transactions.execute((transaction) -> run.phase("reading the file")
				.then(this.database.sql(format.stagingTable()).then())
				.thenMany(run.rows(file, references))
				.buffer(CHUNK_ROWS)
				.concatMap((chunk) -> format.stage(this.database, chunk))
				.then(Mono.defer(() -> {
					if (run.budgetSpent) {
						run.overBudget();
					}
					if (run.problems.hasErrors()) {
						transaction.setRollbackOnly();
						return Mono.just(run.report(ImportReport.REJECTED, null, null, null));
					}
					// a temporary table is never analysed by autovacuum: without its
					// statistics the planner may compare with a nested loop over
					// every staged row (analysed once the year's lock is held)
					ImportedProvenance provenance = new ImportedProvenance(importedBy, run.checksum(), sourceUrl);
					return run.phase("waiting for another import of the year to end")
						.then(lock(fiscalYear))
						.then(run.phase("comparing the file with the data held"))
						.then(this.database.sql("analyze import_staging").then())
						// the rows that differ, kept for the revision, and counted
						.then(this.revisions.prepareChanges(fiscalYear))
						.then(format.keepDifferences(this.database, fiscalYear, provenance))
						.then(this.revisions.countChanges())
						.flatMap((changes) -> {
							if (changes.none()) {
								return Mono.just(run.report(ImportReport.UNCHANGED, changes, null, null));
							}
							if (!replaceYear && destroys(run, changes)) {
								transaction.setRollbackOnly();
								return Mono.just(run.report(ImportReport.REJECTED, null, null, null));
							}
							return apply(format, run, changes, provenance);
						});
				}))).single().onErrorResume(StatementCancellation::cancelled, (ex) -> {
					run.overBudget();
					return Mono.just(run.report(ImportReport.REJECTED, null, null, null));
				})
				// committed: results cached from the old data must not be served any more
				.flatMap((report) -> ImportReport.IMPORTED.equals(report.status())
						? this.dataVersion.refresh().thenReturn(report) : Mono.just(report))
				.doOnNext((report) -> logger.info("Import of " + format.kind() + " for fiscal year " + fiscalYear + ": "
						+ report.status() + ", " + report.rowsRead() + " rows read, " + report.rowsImported()
						+ " imported, " + report.rowsRejected() + " rejected"));
		});
	}

	private <R> Mono<ImportReport> apply(ImportFormat<R> format, Run<R> run, ImportReport.Changes changes,
			ImportedProvenance provenance) {
		return run.phase("writing the year's rows")
			.then(format.apply(this.database, run.fiscalYear, provenance))
			.flatMap((written) -> this.revisions
				.save(format.kind(), run.fiscalYear, provenance, run.rowsRead, written, changes)
				.flatMap((revision) -> run.phase("recomputing the year's index values")
					.then(this.indexRefresher.refresh(run.fiscalYear, format.kind().name()))
					.flatMap((indexValues) -> this.revisions.saveChanges(revision.number(), run.fiscalYear)
						.thenReturn(indexValues))
					.map((indexValues) -> run.report(ImportReport.IMPORTED, changes, revision, indexValues))
					.map((report) -> report.withRowsImported(written))));
	}

	/**
	 * Whether a file would destroy the year's data by accident: it has no data rows, or
	 * it deletes more than the set share of the rows the year holds (those of the file
	 * that are held already, and those it deletes). Records why.
	 */
	private boolean destroys(Run<?> run, ImportReport.Changes changes) {
		long held = changes.deleted() + run.rowsRead - changes.inserted();
		String replace = "; if the file replaces the year on purpose, send it again with replaceYear=true";
		if (run.rowsRead == 0) {
			run.problems.error(null, null, null, "the file has no data rows, only a header: it would delete all "
					+ changes.deleted() + " rows of fiscal year " + run.fiscalYear + replace);
			return true;
		}
		if (held > 0 && (double) changes.deleted() / held > this.maxDeletedShare) {
			run.problems.error(null, null, null,
					"the file would delete " + changes.deleted() + " of the " + held + " rows of fiscal year "
							+ run.fiscalYear + ", more than the share an import may delete ("
							+ Math.round(this.maxDeletedShare * 100) + "%, spm.imports.max-deleted-share)" + replace);
			return true;
		}
		return false;
	}

	private static void checkSourceUrl(ImportFormat<?> format, @Nullable String sourceUrl, Problems problems) {
		if (sourceUrl == null) {
			if (format.kind() == ImportKind.INDEX_VALUES) {
				problems.error(null, "sourceUrl", null,
						"published index values need the address they were published at, e.g. sourceUrl=https://...");
			}
			return;
		}
		try {
			URI uri = URI.create(sourceUrl);
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
				problems.error(null, "sourceUrl", sourceUrl, "not an http(s) address");
			}
		}
		catch (IllegalArgumentException ex) {
			problems.error(null, "sourceUrl", sourceUrl, "not an address: " + ex.getMessage());
		}
	}

	private Mono<Boolean> demoDatabase() {
		return this.datasets.find().map((dataset) -> dataset.kind() == DatasetKind.DEMO).defaultIfEmpty(false);
	}

	private Mono<Void> lock(int fiscalYear) {
		return this.database.sql("select pg_advisory_xact_lock(:key)").bind("key", yearLock(fiscalYear)).then();
	}

	/**
	 * Returns the key of the transaction-level advisory lock that an import of a fiscal
	 * year holds from its comparison to its commit.
	 * @param fiscalYear the fiscal year
	 * @return the key for {@code pg_advisory_xact_lock}
	 */
	public static long yearLock(int fiscalYear) {
		return LOCK_NAMESPACE + fiscalYear;
	}

	/**
	 * The state of one import: counters, problems, the keys seen and the file's digest.
	 */
	private final class Run<R> {

		private final ImportFormat<R> format;

		private final ImportFile kind;

		private final int fiscalYear;

		private final Problems problems = new Problems();

		private final Map<List<Object>, Long> seen = new HashMap<>();

		private final MessageDigest digest;

		private @Nullable String checksum;

		private final long deadline = System.nanoTime() + DataImporter.this.timeBudget.toNanos();

		private String phase = "starting";

		private volatile boolean budgetSpent;

		private long bytes;

		private long rowsRead;

		private long rowsRejected;

		private boolean complete;

		Run(ImportFormat<R> format, ImportFile kind, int fiscalYear) {
			this.format = format;
			this.kind = kind;
			this.fiscalYear = fiscalYear;
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** What the budget has left, never negative. */
		Duration timeLeft() {
			return Duration.ofNanos(Math.max(0, this.deadline - System.nanoTime()));
		}

		/**
		 * Enters a phase of the import: its statements may take what is left of the
		 * budget.
		 */
		Mono<Void> phase(String phase) {
			return Mono.defer(() -> {
				this.phase = phase;
				// SET cannot take a bind parameter; the value is a number computed here
				long millis = Math.max(1, timeLeft().toMillis());
				return DataImporter.this.database.sql("set local statement_timeout = " + millis).then();
			});
		}

		void overBudget() {
			this.problems.error(null, null, null,
					"the import did not finish within its time budget of " + DataImporter.this.timeBudget.toSeconds()
							+ " s (spm.imports.time-budget): the budget ran out while " + this.phase
							+ "; nothing was changed");
		}

		Flux<R> rows(Publisher<DataBuffer> file, References references) {
			// the file ends where the budget runs out: what was read is not checked, and
			// the import is rejected
			Mono<Long> spent = Mono.defer(() -> Mono.delay(timeLeft())).doOnNext((tick) -> this.budgetSpent = true);
			Flux<DataBuffer> measured = Flux.from(file).takeUntilOther(spent).doOnNext(this::consume);
			return Flux.using(() -> open(measured), (parser) -> read(parser, references), this::close)
				.onErrorResume((ex) -> !(ex instanceof ImportTooLargeException), (ex) -> {
					this.problems.error(this.rowsRead + 2, null, null,
							"the file cannot be read from here on: " + describe(ex));
					return Flux.empty();
				})
				.subscribeOn(Schedulers.boundedElastic());
		}

		private void consume(DataBuffer buffer) {
			this.bytes += buffer.readableByteCount();
			if (this.bytes > DataImporter.this.maxBytes) {
				throw new ImportTooLargeException(DataImporter.this.maxBytes);
			}
			try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
				iterator.forEachRemaining(this.digest::update);
			}
		}

		private CSVParser open(Flux<DataBuffer> file) throws IOException {
			InputStream bytes = DataBufferUtils.subscriberInputStream(file, 4);
			if (this.kind == ImportFile.XLSX) {
				// the rows of a workbook come to more text than its compressed bytes;
				// held in
				// memory, so bounded (a year of achievements is about 2 million
				// characters)
				return CSVParser.parse(
						SpreadsheetFile.read(bytes, Math.min(4 * DataImporter.this.maxBytes, MAX_WORKBOOK_CHARS)),
						FORMAT);
			}
			Reader reader = new InputStreamReader(bytes,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
			return CSVParser.parse(withoutByteOrderMark(reader), FORMAT);
		}

		private Flux<R> read(CSVParser parser, References references) {
			Set<String> named = new HashSet<>();
			List<String> twice = parser.getHeaderNames()
				.stream()
				.filter((column) -> !column.isBlank() && !named.add(column))
				.distinct()
				.toList();
			if (!twice.isEmpty()) {
				this.problems.error(1L, String.join(",", twice), null,
						"the header row names "
								+ twice.stream().map((column) -> "'" + column + "'").collect(Collectors.joining(", "))
								+ " more than once: name each column once");
				return Flux.empty();
			}
			List<String> required = this.format.requiredColumns();
			List<String> missing = required.stream()
				.filter((column) -> !parser.getHeaderNames().contains(column))
				.toList();
			if (!missing.isEmpty()) {
				this.problems.error(1L, String.join(",", missing), null,
						"missing column" + ((missing.size() > 1) ? "s" : "") + " " + String.join(", ", missing)
								+ ": the header row must name " + String.join(",", required));
				return Flux.empty();
			}
			return Flux.fromIterable(parser).<R>handle((record, sink) -> {
				if (this.budgetSpent) {
					return;
				}
				long line = record.getRecordNumber() + 1;
				this.rowsRead++;
				if (this.rowsRead % PROGRESS_ROWS == 0) {
					logger.info("Import of " + this.format.kind() + " for fiscal year " + this.fiscalYear + ": "
							+ this.rowsRead + " rows read");
				}
				Cells cells = new Cells(record, line, this.problems);
				if (!cells.valid()) {
					// a damaged row: its cells are not read one by one
					this.rowsRejected++;
					return;
				}
				cells.refuseSynthetic();
				R row = this.format.read(cells, references);
				if (row == null) {
					this.rowsRejected++;
					return;
				}
				Long first = this.seen.putIfAbsent(this.format.key(row), line);
				if (first != null) {
					this.rowsRejected++;
					this.problems.error(line, null, null,
							"duplicate row: " + this.format.describeKey(row) + " already appear on line " + first);
					return;
				}
				sink.next(row);
			}).doOnComplete(() -> this.complete = true);
		}

		private void close(CSVParser parser) {
			try {
				parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The file's SHA-256, once the whole file is read. */
		String checksum() {
			if (this.checksum == null) {
				this.checksum = "sha256:" + HexFormat.of().formatHex(this.digest.digest());
			}
			return this.checksum;
		}

		ImportReport report(String status, ImportReport.@Nullable Changes changes, @Nullable DataRevision revision,
				@Nullable Integer indexValues) {
			String checksum = (this.complete && revision == null) ? checksum()
					: (revision != null) ? revision.checksum() : null;
			return new ImportReport(status, this.format.kind(), this.fiscalYear, checksum, this.rowsRead, 0,
					this.rowsRejected, changes, revision, indexValues, this.problems.errors(),
					this.problems.errorCount(), this.problems.warnings(), this.problems.warningCount());
		}

	}

	/**
	 * Why a file cannot be read, in the words of this service rather than a library's.
	 */
	private static String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SpreadsheetFile.Unreadable unreadable) {
				return unreadable.getMessage();
			}
			if (cause instanceof CharacterCodingException) {
				return "the file is not UTF-8: save it as UTF-8 (in a spreadsheet, as \"CSV UTF-8\")";
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("eof reached before encapsulated token finished")) {
				return "a quoted cell is never closed: a \" opens a cell that no \" ends";
			}
			if (message.contains("invalid character between encapsulated token and delimiter")) {
				return "a quoted cell goes on after its closing \": write a quote inside a quoted cell as two (\"\")";
			}
		}
		return "it is not CSV as RFC 4180 defines it (cells separated by commas, a quote inside a quoted cell"
				+ " written as two)";
	}

	/** Skips a UTF-8 byte order mark, which some spreadsheet programs write. */
	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

}
