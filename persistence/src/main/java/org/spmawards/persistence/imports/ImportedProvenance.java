package org.spmawards.persistence.imports;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Verification;

/**
 * The provenance every row of an import gets: official data, seen in one publication (the
 * ministry's file), with the source address given with the import. It depends only on
 * what the import was given, so importing the same data the same way gives the same rows.
 *
 * @param sourceUrl the source address, or {@code null}
 */
record ImportedProvenance(@Nullable String sourceUrl) {

	String verification() {
		return Verification.VERIFIED_SINGLE.name();
	}

	String[] sources() {
		return (this.sourceUrl != null) ? new String[] { this.sourceUrl } : new String[0];
	}

}
