package org.spmawards.persistence.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What one kind of import file holds and how its rows reach the database: the columns it
 * needs, the checks of a row, and the SQL that stages, compares and applies the rows.
 *
 * @param <R> a valid row
 */
interface ImportFormat<R> {

	/**
	 * Returns what the file imports.
	 * @return the kind
	 */
	ImportKind kind();

	/**
	 * Returns the columns the header must name; other columns are ignored.
	 * @return the column names
	 */
	List<String> requiredColumns();

	/**
	 * Checks one row, recording a problem per wrong cell.
	 * @param cells the row's cells
	 * @param references the codes the file may use
	 * @return the row, or {@code null} if it has an error
	 */
	@Nullable R read(Cells cells, References references);

	/**
	 * Returns what makes a row unique within the file.
	 * @param row a row
	 * @return the key
	 */
	List<Object> key(R row);

	/**
	 * Puts a row's key in words, for a duplicate-row error.
	 * @param row a row
	 * @return the key in words, e.g. {@code region 36.71 and service type HEA-K-1}
	 */
	String describeKey(R row);

	/**
	 * Returns the DDL of the temporary table that holds the file's rows inside the
	 * import's transaction.
	 * @return the statement
	 */
	String stagingTable();

	/**
	 * Writes rows to the staging table in one statement.
	 * @param database the client
	 * @param rows the rows
	 * @return completion
	 */
	Mono<Void> stage(DatabaseClient database, List<R> rows);

	/**
	 * Keeps, for the revision the import will make, each row that the staged rows add,
	 * change or remove, with its figures and provenance before and after: writes them to
	 * {@code import_difference} (see {@link DataRevisionRepository#prepareChanges}).
	 * @param database the client
	 * @param fiscalYear the year
	 * @param provenance the provenance the rows will get
	 * @return completion
	 */
	Mono<Void> keepDifferences(DatabaseClient database, int fiscalYear, ImportedProvenance provenance);

	/**
	 * Replaces the fiscal year's rows with the staged rows.
	 * @param database the client
	 * @param fiscalYear the year
	 * @param provenance the provenance of the rows
	 * @return the number of rows written
	 */
	Mono<Long> apply(DatabaseClient database, int fiscalYear, ImportedProvenance provenance);

}
