package org.spmawards.api.average;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.Loaders;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.average.NationalAverage;
import org.spmawards.persistence.average.NationalAverageRepository;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the published national mean SPM index.
 */
@Controller
class NationalAverageController {

	private final NationalAverageRepository averages;

	NationalAverageController(NationalAverageRepository averages) {
		this.averages = averages;
	}

	@QueryMapping
	Flux<NationalAverage> nationalAverages(@Argument @Nullable Integer fromFiscalYear,
			@Argument @Nullable Integer toFiscalYear) {
		Arguments.requireOrderedYears("fromFiscalYear", fromFiscalYear, "toFiscalYear", toFiscalYear);
		return this.averages.find(fromFiscalYear, toFiscalYear);
	}

	@SchemaMapping(typeName = "NationalAverage")
	CompletableFuture<@Nullable AchievementLevel> achievementLevel(NationalAverage average,
			DataLoader<String, AchievementLevel> levels) {
		return Loaders.loadIfPresent(levels, average.achievementLevel());
	}

}
