package org.spmawards.api.award;

import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves award winners across editions, and the fields of results and mentions that point
 * to editions and regions, from memory.
 */
@Controller
class AwardResultController implements RuntimeWiringConfigurer {

	private final ReferenceDataCache referenceData;

	AwardResultController(ReferenceDataCache referenceData) {
		this.referenceData = referenceData;
	}

	@QueryMapping
	Flux<AwardResult> winners(@Argument @Nullable AwardCategory category, @Argument @Nullable String regionCode,
			@Argument @Nullable Integer fromYear, @Argument @Nullable Integer toYear) {
		Arguments.requireOrderedYears("fromYear", fromYear, "toYear", toYear);
		RegionCode region = (regionCode != null) ? Arguments.regionCode("regionCode", regionCode) : null;
		return this.referenceData.get()
			.flatMapIterable((data) -> data.awardResults(category, region, fromYear, toYear));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("AwardResult", (type) -> type
			.dataFetcher("edition", TrivialFetchers.<AwardResult>edition(this.referenceData, AwardResult::editionYear))
			.dataFetcher("region", TrivialFetchers.<AwardResult>region(this.referenceData, AwardResult::region)));
		wiring.type(
				"AwardMention", (
						type) -> type
							.dataFetcher("edition",
									TrivialFetchers.<AwardMention>edition(this.referenceData,
											AwardMention::editionYear))
							.dataFetcher("region",
									TrivialFetchers.<AwardMention>region(this.referenceData, AwardMention::region)));
	}

}
