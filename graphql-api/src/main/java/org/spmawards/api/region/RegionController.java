package org.spmawards.api.region;

import java.util.List;
import java.util.Map;

import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Arguments;
import org.spmawards.api.support.Connection;
import org.spmawards.api.support.Grouping;
import org.spmawards.api.support.Pagination;
import org.spmawards.api.support.TrivialFetchers;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.region.RegionFilter;
import org.spmawards.persistence.region.RegionRepository;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves regions and the fields of the {@code Region} type; every nested field is loaded
 * for all regions of a response in one statement, or from the reference data in memory.
 */
@Controller
class RegionController implements RuntimeWiringConfigurer {

	private final RegionRepository regions;

	private final ReferenceDataCache referenceData;

	private final Pagination pagination;

	RegionController(RegionRepository regions, ReferenceDataCache referenceData, Pagination pagination) {
		this.regions = regions;
		this.referenceData = referenceData;
		this.pagination = pagination;
	}

	@QueryMapping
	Mono<Connection<Region>> regions(@Argument @Nullable RegionLevel level, @Argument @Nullable String provinceCode,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before) {
		RegionFilter filter = new RegionFilter(level, Arguments.provinceCode("provinceCode", provinceCode));
		return this.pagination.connection(first, after, last, before,
				(slice) -> this.regions.findPage(filter, slice.offset(), slice.limit()));
	}

	@QueryMapping
	Mono<Region> region(@Argument String code) {
		RegionCode regionCode = Arguments.regionCode("code", code);
		return this.referenceData.get().flatMap((data) -> Mono.justOrEmpty(data.region(regionCode)));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Region", (type) -> type.dataFetcher("province",
				TrivialFetchers.<Region>region(this.referenceData, Region::provinceCode)));
	}

	@BatchMapping
	Mono<Map<Region, List<Region>>> regencies(List<Region> regions) {
		return this.referenceData.get()
			.map((data) -> Grouping.forEach(regions,
					(region) -> region.code().isProvince() ? data.regionsOf(region.code()) : List.of()));
	}

	@BatchMapping
	Mono<Map<Region, List<AwardResult>>> awards(List<Region> regions) {
		return this.referenceData.get()
			.map((data) -> Grouping.forEach(regions, (region) -> data.awardResults(null, region.code(), null, null)));
	}

}
