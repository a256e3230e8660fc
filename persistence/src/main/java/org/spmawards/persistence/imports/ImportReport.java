package org.spmawards.persistence.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import, as the endpoint reports it.
 *
 * @param status {@code IMPORTED}, {@code UNCHANGED} (the data already matched the file)
 * or {@code REJECTED} (nothing was written)
 * @param kind what was imported
 * @param fiscalYear the fiscal year
 * @param checksum the SHA-256 of the file, or {@code null} if it was not read
 * @param rowsRead the data rows read
 * @param rowsImported the rows written ({@code 0} unless imported)
 * @param rowsRejected the rows with at least one error
 * @param changes rows inserted, updated and deleted, or {@code null} when rejected
 * @param revision the revision recorded, or {@code null} unless imported
 * @param indexValues the index values of the year after recomputation, or {@code null}
 * unless imported
 * @param errors the errors, the first {@value Problems#MAX_LISTED} of them
 * @param errorCount how many errors there were
 * @param warnings the warnings, the first {@value Problems#MAX_LISTED} of them
 * @param warningCount how many warnings there were
 */
public record ImportReport(String status, ImportKind kind, int fiscalYear, @Nullable String checksum, long rowsRead,
		long rowsImported, long rowsRejected, @Nullable Changes changes, @Nullable DataRevision revision,
		@Nullable Integer indexValues, List<ImportProblem> errors, long errorCount, List<ImportProblem> warnings,
		long warningCount) {

	/** The data was written. */
	public static final String IMPORTED = "IMPORTED";

	/** The data already matched the file: nothing was written. */
	public static final String UNCHANGED = "UNCHANGED";

	/** The file has errors: nothing was written. */
	public static final String REJECTED = "REJECTED";

	/**
	 * Returns this report with the number of rows written.
	 * @param written the rows written
	 * @return the report
	 */
	ImportReport withRowsImported(long written) {
		return new ImportReport(this.status, this.kind, this.fiscalYear, this.checksum, this.rowsRead, written,
				this.rowsRejected, this.changes, this.revision, this.indexValues, this.errors, this.errorCount,
				this.warnings, this.warningCount);
	}

	/**
	 * Returns whether the import was rejected.
	 * @return {@code true} if nothing was written because of errors
	 */
	public boolean rejected() {
		return REJECTED.equals(this.status);
	}

	/**
	 * How the year's rows changed.
	 *
	 * @param inserted rows added
	 * @param updated rows whose values changed
	 * @param deleted rows removed
	 */
	public record Changes(long inserted, long updated, long deleted) {

		boolean none() {
			return this.inserted == 0 && this.updated == 0 && this.deleted == 0;
		}

	}

}
