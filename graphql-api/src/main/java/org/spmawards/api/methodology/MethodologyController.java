package org.spmawards.api.methodology;

import java.util.List;

import org.spmawards.api.award.Editions;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.index.Methodology;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves how the SPM index is computed.
 */
@Controller
class MethodologyController {

	private final ReferenceDataCache referenceData;

	MethodologyController(ReferenceDataCache referenceData) {
		this.referenceData = referenceData;
	}

	@QueryMapping
	Mono<Methodology> methodology(@Argument int edition) {
		return this.referenceData.get()
			.map((data) -> data.methodology(Editions.require(data, "edition", edition).year()));
	}

	@SchemaMapping(typeName = "Methodology")
	List<AchievementLevel> achievementLevels(Methodology methodology) {
		return methodology.scale().levels();
	}

}
