package org.spmawards.api.award;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

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
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
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
		Arguments.requireOrderedYears(fromYear, toYear);
		RegionCode region = (regionCode != null) ? Arguments.regionCode("regionCode", regionCode) : null;
		return this.awards.findWinners(category, region, fromYear, toYear);
	}

	@BatchMapping
	Mono<Map<AwardResult, AwardEdition>> edition(List<AwardResult> results) {
		return this.awards.findEditions(results.stream().map(AwardResult::editionYear).toList())
			.collectMap(AwardEdition::year)
			.map((byYear) -> results.stream()
				.distinct()
				.collect(Collectors.toMap((result) -> result, (result) -> byYear.get(result.editionYear()))));
	}

	@SchemaMapping
	CompletableFuture<Region> region(AwardResult result, DataLoader<RegionCode, Region> regions) {
		return regions.load(result.region());
	}

	@BatchMapping(typeName = "AwardMention", field = "edition")
	Mono<Map<AwardMention, AwardEdition>> editionOfMention(List<AwardMention> mentions) {
		return this.awards.findEditions(mentions.stream().map(AwardMention::editionYear).toList())
			.collectMap(AwardEdition::year)
			.map((byYear) -> mentions.stream()
				.distinct()
				.collect(Collectors.toMap((mention) -> mention, (mention) -> byYear.get(mention.editionYear()))));
	}

	@SchemaMapping(typeName = "AwardMention")
	CompletableFuture<Region> region(AwardMention mention, DataLoader<RegionCode, Region> regions) {
		return regions.load(mention.region());
	}

}
