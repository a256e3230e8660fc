package org.spmawards.persistence.imports;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A record of an import that changed data.
 *
 * @param number the revision's number, increasing
 * @param kind what was imported
 * @param fiscalYear the fiscal year replaced
 * @param importedAt when
 * @param checksum the SHA-256 of the file, {@code sha256:<hex>}
 * @param sourceUrl the source address given with the import, or {@code null}
 * @param importedBy the name of the token the import was sent with, or {@code null} for
 * an import made before the service recorded it
 * @param rowsRead the data rows in the file
 * @param rowsImported the rows now held for the year
 * @param rowsInserted rows the year did not have before
 * @param rowsUpdated rows whose figures changed
 * @param rowsDeleted rows the year had before and no longer has
 */
public record DataRevision(long number, ImportKind kind, int fiscalYear, OffsetDateTime importedAt, String checksum,
		@Nullable String sourceUrl, @Nullable String importedBy, long rowsRead, long rowsImported, long rowsInserted,
		long rowsUpdated, long rowsDeleted) {

}
