package org.spmawards.persistence.imports;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Verification;

/**
 * The provenance every row of an import gets: official data, seen in one publication when
 * the import names where it was published, else {@code UNSOURCED}; its note says who
 * vouched for it and which file it came from. The verification and sources depend only on
 * what the import was given, so importing the same data the same way changes no row.
 *
 * @param importedBy the name of the token the file was sent with
 * @param checksum the file's SHA-256, {@code sha256:<hex>}
 * @param sourceUrl the source address, or {@code null}
 */
record ImportedProvenance(String importedBy, String checksum, @Nullable String sourceUrl) {

	String verification() {
		return ((this.sourceUrl != null) ? Verification.VERIFIED_SINGLE : Verification.UNSOURCED).name();
	}

	String[] sources() {
		return (this.sourceUrl != null) ? new String[] { this.sourceUrl } : new String[0];
	}

	/**
	 * Returns the note of an imported row: who vouched for it, which file, and where it
	 * was published if that was given.
	 * @return the note
	 */
	String note() {
		return "Imported with the token '" + this.importedBy + "' from the file " + this.checksum
				+ ((this.sourceUrl != null) ? "; published at " + this.sourceUrl
						: "; no source address was given, so no publication vouches for it");
	}

}
