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
import org.spmawards.persistence.reference.ReferenceDataCache;
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

	private final ReferenceDataCache referenceData;

	AwardResultController(AwardRepository awards, ReferenceDataCache referenceData) {
		this.awards = awards;
		this.referenceData = referenceData;
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
		return this.referenceData.get()
			.map((data) -> results.stream()
				.distinct()
				.collect(Collectors.toMap((result) -> result,
						(result) -> data.edition(result.editionYear()).orElseThrow())));
	}

	@SchemaMapping
	CompletableFuture<Region> region(AwardResult result, DataLoader<RegionCode, Region> regions) {
		return regions.load(result.region());
	}

	@BatchMapping(typeName = "AwardMention", field = "edition")
	Mono<Map<AwardMention, AwardEdition>> editionOfMention(List<AwardMention> mentions) {
		return this.referenceData.get()
			.map((data) -> mentions.stream()
				.distinct()
				.collect(Collectors.toMap((mention) -> mention,
						(mention) -> data.edition(mention.editionYear()).orElseThrow())));
	}

	@SchemaMapping(typeName = "AwardMention")
	CompletableFuture<Region> region(AwardMention mention, DataLoader<RegionCode, Region> regions) {
		return regions.load(mention.region());
	}

}
