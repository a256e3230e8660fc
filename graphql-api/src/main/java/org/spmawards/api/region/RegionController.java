package org.spmawards.api.region;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.Selections;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.api.index.FigureSelection;
import org.spmawards.api.map.Boundaries;
import org.spmawards.api.map.BoundingBox;
import org.spmawards.api.map.MapResolution;
import org.spmawards.api.paging.Connection;
import org.spmawards.api.paging.Pagination;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.region.RegionFilter;
import org.spmawards.persistence.region.RegionRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves regions and every field of the {@code Region} type; every nested field is loaded
 * for all regions of a response in one statement, or from what is in memory (the
 * reference data and the boundaries).
 */
@Controller
class RegionController implements RuntimeWiringConfigurer {

	private static final String HISTORY = "indexHistoryOfRegion";

	private final RegionRepository regions;

	private final ReferenceDataCache referenceData;

	private final Pagination pagination;

	private final Boundaries boundaries;

	RegionController(RegionRepository regions, ReferenceDataCache referenceData, Pagination pagination,
			Boundaries boundaries, IndexRepository index, BatchLoaderRegistry batchLoaders) {
		this.regions = regions;
		this.referenceData = referenceData;
		this.pagination = pagination;
		this.boundaries = boundaries;
		// Keyed by region, year span and whether the figures suffice: one statement for
		// every region of a response asking the same span the same way.
		batchLoaders.<HistoryKey, List<IndexFigure>>forName(HISTORY)
			.registerMappedBatchLoader((keys, environment) -> history(index, keys));
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

	/**
	 * A region's boundary, from the boundaries in memory: no statement per region, so a
	 * page of regions with their outlines costs what the page costs.
	 */
	@SchemaMapping(typeName = "Region")
	JsonNode boundary(Region region, @Argument @Nullable MapResolution resolution) {
		// an explicit null is the schema's default
		return this.boundaries.find(region.code(), (resolution != null) ? resolution : MapResolution.OVERVIEW)
			.geometry();
	}

	@SchemaMapping(typeName = "Region")
	BoundingBox boundingBox(Region region) {
		return this.boundaries.find(region.code(), MapResolution.OVERVIEW).boundingBox();
	}

	/**
	 * A region's index history: read as figures (four columns) when the selection asks
	 * for no more of the values, as a region page's trend does, else as whole values.
	 */
	@SchemaMapping(typeName = "Region")
	CompletableFuture<List<IndexFigure>> indexes(Region region, @Argument @Nullable Integer fromFiscalYear,
			@Argument @Nullable Integer toFiscalYear, DataFetchingEnvironment environment) {
		Arguments.requireOrderedYears("fromFiscalYear", fromFiscalYear, "toFiscalYear", toFiscalYear);
		DataLoader<HistoryKey, List<IndexFigure>> loader = environment.getDataLoader(HISTORY);
		boolean figures = FigureSelection.suffices(Selections.of(environment));
		return loader.load(new HistoryKey(region.code(), new Span(fromFiscalYear, toFiscalYear, figures)));
	}

	private static Mono<Map<HistoryKey, List<IndexFigure>>> history(IndexRepository index, Set<HistoryKey> keys) {
		Map<Span, List<RegionCode>> regionsBySpan = keys.stream()
			.collect(Collectors.groupingBy(HistoryKey::span,
					Collectors.mapping(HistoryKey::region, Collectors.toList())));
		return Flux.fromIterable(regionsBySpan.entrySet()).concatMap((entry) -> {
			Span span = entry.getKey();
			Flux<IndexFigure> values = span.figures()
					? index.findHistoryFigures(entry.getValue(), span.from(), span.to()).cast(IndexFigure.class)
					: index.findHistory(entry.getValue(), span.from(), span.to()).cast(IndexFigure.class);
			return values.map((value) -> Map.entry(new HistoryKey(value.region(), span), value));
		})
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
			.map((grouped) -> keys.stream()
				.collect(Collectors.toMap((key) -> key, (key) -> grouped.getOrDefault(key, List.of()))));
	}

	record HistoryKey(RegionCode region, Span span) {

	}

	/**
	 * The fiscal years of a history, and whether its figures suffice.
	 */
	record Span(@Nullable Integer from, @Nullable Integer to, boolean figures) {

	}

}
