package org.spmawards.api.award;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.Region;
import org.spmawards.persistence.award.AwardRepository;
import org.spmawards.persistence.region.RegionRepository;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the fields of the {@code AwardResult} type that point to other objects, each in
 * one statement for all results of a response.
 */
@Controller
class AwardResultController {

	private final AwardRepository awards;

	private final RegionRepository regions;

	AwardResultController(AwardRepository awards, RegionRepository regions) {
		this.awards = awards;
		this.regions = regions;
	}

	@BatchMapping
	Mono<Map<AwardResult, AwardEdition>> edition(List<AwardResult> results) {
		return this.awards.findEditions(results.stream().map(AwardResult::editionYear).toList())
			.collectMap(AwardEdition::year)
			.map((byYear) -> results.stream()
				.distinct()
				.collect(Collectors.toMap((result) -> result, (result) -> byYear.get(result.editionYear()))));
	}

	@BatchMapping
	Mono<Map<AwardResult, Region>> region(List<AwardResult> results) {
		return this.regions.findByCodes(results.stream().map(AwardResult::region).toList())
			.collectMap(Region::code)
			.map((byCode) -> results.stream()
				.distinct()
				.collect(Collectors.toMap((result) -> result, (result) -> byCode.get(result.region()))));
	}

}
