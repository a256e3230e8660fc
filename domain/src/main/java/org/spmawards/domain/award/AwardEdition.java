package org.spmawards.domain.award;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;

/**
 * One yearly SPM Awards ceremony. Each edition rates the fiscal year before it.
 *
 * @param year the year of the ceremony
 * @param title the published title
 * @param heldOn the date of the ceremony
 * @param venue where it was held
 * @param presentedBy who presented the awards
 * @param fiscalYear the fiscal year whose reports it assesses
 * @param format what was awarded, as published, or {@code null}
 * @param provenance where the facts come from
 */
public record AwardEdition(int year, String title, LocalDate heldOn, String venue, String presentedBy, int fiscalYear,
		@Nullable String format, Provenance provenance) {

	public AwardEdition {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(heldOn, "heldOn");
		Objects.requireNonNull(venue, "venue");
		Objects.requireNonNull(presentedBy, "presentedBy");
		Objects.requireNonNull(provenance, "provenance");
		if (heldOn.getYear() != year) {
			throw new IllegalArgumentException("Edition " + year + " cannot be held on " + heldOn);
		}
		if (fiscalYear >= year) {
			throw new IllegalArgumentException(
					"Edition " + year + " cannot assess fiscal year " + fiscalYear + ": it rates a past year");
		}
	}

}
