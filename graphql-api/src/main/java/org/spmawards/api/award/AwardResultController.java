package org.spmawards.api.award;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Arguments;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.award.AwardRepository;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves award winners across editions, and the fields of results and mentions that point
 * to other objects, each in one statement for a whole response.
 */
@Controller
class AwardResultController {

	private final AwardRepository awards;

	AwardResultController(AwardRepository awards) {
		this.awards = awards;
	}

	@QueryMapping
	Flux<AwardResult> winners(@Argument @Nullable AwardCategory category, @Argument @Nullable String regionCode,
			@Argument @Nullable Integer fromYear, @Argument @Nullable Integer toYear) {
		Arguments.requireOrderedYears("fromYear", fromYear, "toYear", toYear);
		RegionCode region = (regionCode != null) ? Arguments.regionCode("regionCode", regionCode) : null;
		return this.awards.findWinners(category, region, fromYear, toYear);
	}

	@SchemaMapping
	CompletableFuture<AwardEdition> edition(AwardResult result, DataLoader<Integer, AwardEdition> editions) {
		return editions.load(result.editionYear());
	}

	@SchemaMapping
	CompletableFuture<Region> region(AwardResult result, DataLoader<RegionCode, Region> regions) {
		return regions.load(result.region());
	}

	@SchemaMapping(typeName = "AwardMention")
	CompletableFuture<AwardEdition> edition(AwardMention mention, DataLoader<Integer, AwardEdition> editions) {
		return editions.load(mention.editionYear());
	}

	@SchemaMapping(typeName = "AwardMention")
	CompletableFuture<Region> region(AwardMention mention, DataLoader<RegionCode, Region> regions) {
		return regions.load(mention.region());
	}

}
