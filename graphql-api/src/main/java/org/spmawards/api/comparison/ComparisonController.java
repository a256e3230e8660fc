package org.spmawards.api.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.errors.NotFoundException;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.Loaders;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves regions side by side.
 */
@Controller
class ComparisonController {

	/** The most regions one comparison takes. */
	static final int MAX_REGIONS = 10;

	private final ReferenceDataCache referenceData;

	private final IndexRepository index;

	ComparisonController(ReferenceDataCache referenceData, IndexRepository index) {
		this.referenceData = referenceData;
		this.index = index;
	}

	@QueryMapping
	Mono<Comparison> comparison(@Argument List<String> regionCodes, @Argument int edition) {
		if (regionCodes.isEmpty() || regionCodes.size() > MAX_REGIONS) {
			throw new InvalidArgumentException("regionCodes", "Argument 'regionCodes' takes 1 to " + MAX_REGIONS
					+ " regions, but " + regionCodes.size() + " were given");
		}
		List<RegionCode> codes = regionCodes.stream()
			.map((code) -> Arguments.regionCode("regionCodes", code))
			.distinct()
			.toList();
		return this.referenceData.get().flatMap((data) -> {
			int fiscalYear = Editions.require(data, "edition", edition).fiscalYear();
			return requireAll(codes, data.regions()).zipWith(this.index.findByRegions(codes, fiscalYear).collectList())
				.map((inputs) -> new Comparison(fiscalYear, inputs.getT1(), rows(codes, inputs.getT2())));
		});
	}

	private static Mono<List<Region>> requireAll(List<RegionCode> codes, Map<RegionCode, Region> byCode) {
		for (RegionCode code : codes) {
			if (!byCode.containsKey(code)) {
				return Mono.error(new NotFoundException("regionCodes",
						"Argument 'regionCodes': no region has the code " + code.value()));
			}
		}
		return Mono.just(codes.stream().map(byCode::get).toList());
	}

	private static List<Comparison.Row> rows(List<RegionCode> codes, List<IndexValue> values) {
		List<@Nullable SectorCode> scopes = new ArrayList<>();
		scopes.add(null);
		scopes.addAll(Arrays.asList(SectorCode.values()));
		return scopes.stream().map((scope) -> {
			Map<RegionCode, IndexValue> inScope = values.stream()
				.filter((value) -> value.sector() == scope)
				.collect(Collectors.toMap(IndexValue::region, Function.identity()));
			List<@Nullable IndexValue> cells = new ArrayList<>();
			codes.forEach((code) -> cells.add(inScope.get(code)));
			return new Comparison.Row(scope, cells);
		}).toList();
	}

	@SchemaMapping(typeName = "ComparisonRow")
	CompletableFuture<@Nullable Sector> sector(Comparison.Row row, DataLoader<SectorCode, Sector> sectors) {
		return Loaders.loadIfPresent(sectors, row.sectorCode());
	}

}
