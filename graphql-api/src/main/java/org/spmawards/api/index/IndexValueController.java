package org.spmawards.api.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Loaders;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Serves the fields of the {@code IndexValue} type and a region's index history.
 */
@Controller
class IndexValueController {

	private static final String HISTORY = "indexHistoryOfRegion";

	IndexValueController(IndexRepository index, BatchLoaderRegistry batchLoaders) {
		// Keyed by region and year span: one statement for every region of a response
		// asking the same span.
		batchLoaders.<HistoryKey, List<IndexValue>>forName(HISTORY)
			.registerMappedBatchLoader((keys, environment) -> history(index, keys));
	}

	@SchemaMapping(typeName = "Region")
	CompletableFuture<List<IndexValue>> indexes(Region region, @Argument @Nullable Integer fromYear,
			@Argument @Nullable Integer toYear, DataFetchingEnvironment environment) {
		DataLoader<HistoryKey, List<IndexValue>> loader = environment.getDataLoader(HISTORY);
		return loader.load(new HistoryKey(region.code(), fromYear, toYear));
	}

	@SchemaMapping(typeName = "IndexValue")
	CompletableFuture<Region> region(IndexValue value, DataLoader<RegionCode, Region> regions) {
		return regions.load(value.region());
	}

	@SchemaMapping(typeName = "IndexValue")
	CompletableFuture<@Nullable Sector> sector(IndexValue value, DataLoader<SectorCode, Sector> sectors) {
		return Loaders.loadIfPresent(sectors, value.sector());
	}

	@SchemaMapping(typeName = "IndexValue")
	CompletableFuture<@Nullable AchievementLevel> achievementLevel(IndexValue value,
			DataLoader<String, AchievementLevel> levels) {
		return Loaders.loadIfPresent(levels, value.achievementLevel());
	}

	private static Mono<Map<HistoryKey, List<IndexValue>>> history(IndexRepository index, Set<HistoryKey> keys) {
		Map<Span, List<RegionCode>> regionsBySpan = keys.stream()
			.collect(Collectors.groupingBy(HistoryKey::span,
					Collectors.mapping(HistoryKey::region, Collectors.toList())));
		return Flux.fromIterable(regionsBySpan.entrySet())
			.concatMap((span) -> index.findHistory(span.getValue(), span.getKey().from(), span.getKey().to())
				.map((value) -> Map.entry(new HistoryKey(value.region(), span.getKey().from(), span.getKey().to()),
						value)))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
			.map((grouped) -> keys.stream()
				.collect(Collectors.toMap((key) -> key, (key) -> grouped.getOrDefault(key, List.of()))));
	}

	record HistoryKey(RegionCode region, @Nullable Integer from, @Nullable Integer to) {

		Span span() {
			return new Span(this.from, this.to);
		}

	}

	record Span(@Nullable Integer from, @Nullable Integer to) {

	}

}
