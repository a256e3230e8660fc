package org.spmawards.api.award;

import java.util.stream.Collectors;

import org.spmawards.api.support.NotFoundException;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.persistence.award.AwardRepository;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Looks up the edition a query names, failing with a NOT_FOUND error that lists the
 * editions there are.
 */
@Component
public class Editions {

	private final AwardRepository awards;

	Editions(AwardRepository awards) {
		this.awards = awards;
	}

	/**
	 * Finds an edition that an argument names.
	 * @param argument the argument's name
	 * @param year the edition year given
	 * @return the edition, or a {@link NotFoundException} if there was none that year
	 */
	public Mono<AwardEdition> require(String argument, int year) {
		return this.awards.findEdition(year)
			.switchIfEmpty(Mono.defer(() -> this.awards.findEditions()
				.map((edition) -> String.valueOf(edition.year()))
				.collect(Collectors.joining(", "))
				.flatMap((years) -> Mono.error(new NotFoundException(argument, "Argument '" + argument
						+ "': there is no SPM Awards edition in " + year + "; the editions are " + years)))));
	}

}
