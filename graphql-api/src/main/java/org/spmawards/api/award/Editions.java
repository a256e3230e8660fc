package org.spmawards.api.award;

import java.util.stream.Collectors;

import org.spmawards.api.errors.NotFoundException;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * Looks up the edition a query names, failing with a NOT_FOUND error that lists the
 * editions there are.
 */
public final class Editions {

	private Editions() {
	}

	/**
	 * Finds an edition that an argument names.
	 * @param data the reference data
	 * @param argument the argument's name
	 * @param year the edition year given
	 * @return the edition
	 * @throws NotFoundException if there was no edition that year
	 */
	public static AwardEdition require(ReferenceData data, String argument, int year) {
		return data.edition(year)
			.orElseThrow(() -> new NotFoundException(argument,
					"Argument '" + argument + "': there is no SPM Awards edition in " + year + "; the editions are "
							+ data.editions()
								.stream()
								.map((edition) -> String.valueOf(edition.year()))
								.collect(Collectors.joining(", "))));
	}

}
