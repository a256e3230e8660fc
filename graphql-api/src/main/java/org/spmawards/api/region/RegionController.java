package org.spmawards.api.region;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.api.paging.Connection;
import org.spmawards.api.paging.Pagination;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.region.RegionFilter;
import org.spmawards.persistence.region.RegionRepository;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
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
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		RegionFilter filter = new RegionFilter(level, Arguments.provinceCode("provinceCode", provinceCode));
		return this.pagination.connection(environment, first, after, last, before,
				(slice) -> this.regions.findPage(filter, slice.offset(), slice.limit()));
	}

	/** A region, a region page's every request, from the reference data in memory. */
	@QueryMapping
	Mono<Region> region(@Argument String code) {
		RegionCode regionCode = Arguments.regionCode("code", code);
		return this.referenceData.get().flatMap((data) -> Mono.justOrEmpty(data.region(regionCode)));
	}

	/**
	 * A region's province, regencies and awards come from the reference data in memory,
	 * through light fetchers, without a data loader.
	 */
	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Region",
				(type) -> type
					.dataFetcher("province", TrivialFetchers.<Region>region(this.referenceData, Region::provinceCode))
					.dataFetcher("regencies", TrivialFetchers.<Region>fromReferenceData(this.referenceData,
							(data, region) -> region.code().isProvince() ? data.regionsOf(region.code()) : List.of()))
					.dataFetcher("awards", TrivialFetchers.<Region>fromReferenceData(this.referenceData,
							(data, region) -> data.awardResults(null, region.code(), null, null))));
	}

}
