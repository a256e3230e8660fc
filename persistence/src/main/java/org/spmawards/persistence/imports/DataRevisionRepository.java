package org.spmawards.persistence.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.Paging;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Records and reads the revisions of imported data.
 */
@Repository
public class DataRevisionRepository {

	private static final String COLUMNS = "id, kind, fiscal_year, imported_at, checksum, source_url, imported_by, rows_read,"
			+ " rows_imported, rows_inserted, rows_updated, rows_deleted";

	private static final String FILTER = " where cast(:fiscalYear as int) is null or fiscal_year = :fiscalYear";

	private final DatabaseClient database;

	public DataRevisionRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists revisions, newest first, one page at a time.
	 * @param fiscalYear only this fiscal year's, or {@code null} for all
	 * @param offset how many revisions to skip
	 * @param limit how many revisions to return at most
	 * @return the page
	 */
	public Mono<Page<DataRevision>> findPage(@Nullable Integer fiscalYear, long offset, int limit) {
		return Paging.page(
				this.database
					.sql("select " + COLUMNS + ", count(*) over () as " + Paging.TOTAL_COUNT + " from data_revision"
							+ FILTER + " order by id desc limit :limit offset :offset")
					.bind("fiscalYear", Parameter.fromOrEmpty(fiscalYear, Integer.class))
					.bind("limit", limit)
					.bind("offset", offset),
				DataRevisionRepository::revision, offset,
				() -> this.database.sql("select count(*) from data_revision" + FILTER)
					.bind("fiscalYear", Parameter.fromOrEmpty(fiscalYear, Integer.class))
					.map((row) -> row.get(0, Long.class))
					.one());
	}

	/**
	 * Finds revisions by their numbers.
	 * @param numbers the numbers
	 * @return the revisions that exist
	 */
	public Flux<DataRevision> findByNumbers(Collection<Long> numbers) {
		return this.database.sql("select " + COLUMNS + " from data_revision where id = any(:numbers)")
			.bind("numbers", numbers.stream().distinct().toArray(Long[]::new))
			.map(DataRevisionRepository::revision)
			.all();
	}

	Mono<DataRevision> save(ImportKind kind, int fiscalYear, ImportedProvenance provenance, long rowsRead,
			long rowsImported, ImportReport.Changes changes) {
		return this.database
			.sql("insert into data_revision (kind, fiscal_year, imported_at, checksum, source_url, imported_by,"
					+ " rows_read, rows_imported, rows_inserted, rows_updated, rows_deleted) values (:kind, :fiscalYear,"
					+ " now(), :checksum, :sourceUrl, :importedBy, :rowsRead, :rowsImported, :inserted, :updated,"
					+ " :deleted) returning " + COLUMNS)
			.bind("kind", kind.name())
			.bind("fiscalYear", fiscalYear)
			.bind("checksum", provenance.checksum())
			.bind("sourceUrl", Parameter.fromOrEmpty(provenance.sourceUrl(), String.class))
			.bind("importedBy", provenance.importedBy())
			.bind("rowsRead", rowsRead)
			.bind("rowsImported", rowsImported)
			.bind("inserted", changes.inserted())
			.bind("updated", changes.updated())
			.bind("deleted", changes.deleted())
			.map(DataRevisionRepository::revision)
			.one();
	}

	private static DataRevision revision(Readable row) {
		return new DataRevision(row.get("id", Long.class), ImportKind.valueOf(Rows.string(row, "kind")),
				Rows.integer(row, "fiscal_year"), row.get("imported_at", OffsetDateTime.class),
				Rows.string(row, "checksum"), row.get("source_url", String.class), row.get("imported_by", String.class),
				row.get("rows_read", Long.class), row.get("rows_imported", Long.class),
				row.get("rows_inserted", Long.class), row.get("rows_updated", Long.class),
				row.get("rows_deleted", Long.class));
	}

	/**
	 * Returns when the last import that changed data ran.
	 * @return the time, or empty before the first import
	 */
	public Mono<Instant> findLastImportedAt() {
		return this.database.sql("select max(imported_at) as last from data_revision")
			.map((row) -> Optional.ofNullable(row.get("last", OffsetDateTime.class)))
			.one()
			.flatMap(Mono::justOrEmpty)
			.map(OffsetDateTime::toInstant);
	}

}
