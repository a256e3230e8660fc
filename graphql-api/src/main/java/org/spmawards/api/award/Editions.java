package org.spmawards.api.award;

import java.util.stream.Collectors;

import org.spmawards.api.support.NotFoundException;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Looks up the edition a query names, failing with a NOT_FOUND error that lists the
 * editions there are.
 */
@Component
public class Editions {

	private final ReferenceDataCache referenceData;

	Editions(ReferenceDataCache referenceData) {
		this.referenceData = referenceData;
	}

	/**
	 * Finds an edition that an argument names.
	 * @param argument the argument's name
	 * @param year the edition year given
	 * @return the edition, or a {@link NotFoundException} if there was none that year
	 */
	public Mono<AwardEdition> require(String argument, int year) {
		return this.referenceData.get()
			.flatMap((data) -> data.edition(year)
				.map(Mono::just)
				.orElseGet(() -> Mono.error(new NotFoundException(argument,
						"Argument '" + argument + "': there is no SPM Awards edition in " + year + "; the editions are "
								+ data.editions()
									.stream()
									.map((edition) -> String.valueOf(edition.year()))
									.collect(Collectors.joining(", "))))));
	}

}
