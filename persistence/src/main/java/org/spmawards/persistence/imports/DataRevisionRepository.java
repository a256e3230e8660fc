package org.spmawards.persistence.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
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

	/**
	 * Lists the revisions a change feed shows, newest first, each with the number of
	 * ranks it moved.
	 * @param filter which revisions
	 * @param limit how many at most
	 * @return the revisions
	 */
	public Flux<ListedRevision> findForFeed(ChangeFilter filter, int limit) {
		return this.database.sql("""
				select %s, (select count(*) from data_revision_rank k where k.revision_id = r.id) as ranks_moved
				from data_revision r
				where (cast(:fiscalYear as int) is null or r.fiscal_year = :fiscalYear)
				  and ((cast(:province as text) is null and cast(:level as text) is null
				        and cast(:sector as text) is null)
				    or exists (select 1 from data_revision_row c
				               join region g on g.code = c.region_code
				               left join service_type t on t.code = c.item
				               where c.revision_id = r.id
				                 and (cast(:province as text) is null or left(c.region_code, 2) = :province)
				                 and (cast(:level as text) is null or g.level = :level)
				                 and (cast(:sector as text) is null or coalesce(t.sector_code, c.item) = :sector))
				    or exists (select 1 from data_revision_rank k
				               where k.revision_id = r.id
				                 and (cast(:province as text) is null or left(k.region_code, 2) = :province)
				                 and (cast(:level as text) is null or k.category = :level)
				                 and (cast(:sector as text) is null or k.scope = :sector)))
				order by r.id desc
				limit :limit
				""".formatted(COLUMNS))
			.bind("fiscalYear", Parameter.fromOrEmpty(filter.fiscalYear(), Integer.class))
			.bind("province", Parameter.fromOrEmpty(filter.provinceCode(), String.class))
			.bind("level", Parameter.fromOrEmpty(filter.level(), String.class))
			.bind("sector", Parameter.fromOrEmpty(filter.sector(), String.class))
			.bind("limit", limit)
			.map((row) -> new ListedRevision(revision(row), row.get("ranks_moved", Long.class)))
			.all();
	}

	/**
	 * Finds what a revision changed.
	 * @param number the revision's number
	 * @return its changes, or empty when there is no such revision
	 */
	public Mono<RevisionChanges> findChanges(long number) {
		Mono<List<RevisionChanges.Row>> rows = this.database.sql("""
				select region_code, item, change, cast(before as text) as before, cast(after as text) as after
				from data_revision_row
				where revision_id = :number
				order by region_code, item
				""")
			.bind("number", number)
			.map((row) -> new RevisionChanges.Row(Rows.string(row, "region_code"), Rows.string(row, "item"),
					RevisionChanges.Change.valueOf(Rows.string(row, "change")), row.get("before", String.class),
					row.get("after", String.class)))
			.all()
			.collectList();
		Mono<List<RevisionChanges.Rank>> ranks = this.database.sql("""
				select region_code, scope, category, rank_before, rank_after, value_before, value_after
				from data_revision_rank
				where revision_id = :number
				order by category, scope, rank_after nulls last, region_code
				""")
			.bind("number", number)
			.map((row) -> new RevisionChanges.Rank(Rows.string(row, "region_code"), Rows.string(row, "scope"),
					Rows.string(row, "category"), row.get("rank_before", Integer.class),
					row.get("rank_after", Integer.class), row.get("value_before", BigDecimal.class),
					row.get("value_after", BigDecimal.class)))
			.all()
			.collectList();
		return findByNumbers(List.of(number)).next()
			.flatMap((revision) -> Mono.zip(rows, ranks)
				.map((changes) -> new RevisionChanges(revision, changes.getT1(), changes.getT2())));
	}

	/**
	 * Prepares, in an import's transaction, to compare and record what it changes: the
	 * table its format writes the changed rows to ({@link ImportFormat#keepDifferences})
	 * and the fiscal year's ranks before the import.
	 * @param fiscalYear the fiscal year the import replaces
	 * @return completion
	 */
	Mono<Void> prepareChanges(int fiscalYear) {
		return this.database.sql("""
				create temporary table import_difference (region_code varchar(5) not null,
				    item varchar(16) not null, change varchar(8) not null, before jsonb, after jsonb)
				on commit drop
				""").then().then(this.database.sql("""
				create temporary table import_ranks_before (region_code varchar(5) not null,
				    scope varchar(16) not null, category varchar(8) not null, rank integer, value numeric(5, 2))
				on commit drop
				""").then()).then(this.database.sql("""
				insert into import_ranks_before
				select region_code, scope, category, rank, value from index_value where fiscal_year = :fiscalYear
				""").bind("fiscalYear", fiscalYear).then());
	}

	/**
	 * Counts the rows an import adds, changes and removes: those its format kept in
	 * {@code import_difference}.
	 * @return the counts
	 */
	Mono<ImportReport.Changes> countChanges() {
		return this.database.sql("""
				select count(*) filter (where change = 'ADDED') as inserted,
				       count(*) filter (where change = 'CHANGED') as updated,
				       count(*) filter (where change = 'REMOVED') as deleted
				from import_difference
				""")
			.map((row) -> new ImportReport.Changes(row.get("inserted", Long.class), row.get("updated", Long.class),
					row.get("deleted", Long.class)))
			.one();
	}

	/**
	 * Records, in an import's transaction and once the fiscal year's index values were
	 * computed again, the rows the import changed and the ranks that moved.
	 * @param number the import's revision
	 * @param fiscalYear the fiscal year it replaced
	 * @return completion
	 */
	Mono<Void> saveChanges(long number, int fiscalYear) {
		return this.database.sql("""
				insert into data_revision_row (revision_id, region_code, item, change, before, after)
				select :number, region_code, item, change, before, after from import_difference
				""").bind("number", number).then().then(this.database.sql("""
				insert into data_revision_rank (revision_id, region_code, scope, category, rank_before,
				    rank_after, value_before, value_after)
				select :number, coalesce(v.region_code, b.region_code), coalesce(v.scope, b.scope),
				       coalesce(v.category, b.category), b.rank, v.rank, b.value, v.value
				from import_ranks_before b
				full join (select region_code, scope, category, rank, value
				           from index_value where fiscal_year = :fiscalYear) v
				       on v.region_code = b.region_code and v.scope = b.scope
				where b.rank is distinct from v.rank
				""").bind("number", number).bind("fiscalYear", fiscalYear).then());
	}

	/**
	 * A revision as a change feed lists it.
	 *
	 * @param revision the revision
	 * @param ranksMoved how many ranks it moved
	 */
	public record ListedRevision(DataRevision revision, long ranksMoved) {

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
