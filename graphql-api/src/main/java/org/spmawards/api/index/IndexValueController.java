package org.spmawards.api.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.achievement.ServiceAchievementView;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.AchievementRepository;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves the fields of the {@code IndexValue} type.
 */
@Controller
class IndexValueController implements RuntimeWiringConfigurer {

	private static final String EARLIER = "earlierIndexValue";

	private static final String WEAKEST = "weakestServicesOfIndexValue";

	/** The most service types a region owes. */
	private static final int MAX_WEAKEST = 43;

	/** The schema's default of {@code weakestServices(first:)}, for an explicit null. */
	private static final int DEFAULT_WEAKEST = 3;

	private final ReferenceDataCache referenceData;

	IndexValueController(IndexRepository index, AchievementRepository achievements, BatchLoaderRegistry batchLoaders,
			ReferenceDataCache referenceData) {
		this.referenceData = referenceData;
		// One statement per earlier year asked for, for every value of a response.
		batchLoaders.<EarlierKey, IndexValue>forName(EARLIER)
			.registerMappedBatchLoader((keys, environment) -> earlier(index, keys));
		// One statement per fiscal year and size, for every value of a response.
		batchLoaders.<WeakestKey, List<ServiceAchievementView>>forName(WEAKEST)
			.registerMappedBatchLoader((keys, environment) -> weakest(achievements, keys));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("IndexValue",
				(type) -> type.dataFetcher("rankKind", TrivialFetchers.<IndexValue>of((value) -> value.ranks().kind()))
					.dataFetcher("nationalRank", TrivialFetchers.<IndexValue>of((value) -> value.ranks().national()))
					.dataFetcher("nationalRankOrigin",
							TrivialFetchers.<IndexValue>of((value) -> value.ranks().nationalOrigin()))
					.dataFetcher("publishedRank", TrivialFetchers.<IndexValue>of((value) -> {
						PublishedRank published = value.ranks().published();
						return (published != null) ? published.rank() : null;
					}))
					.dataFetcher("publishedRankScope", TrivialFetchers.<IndexValue>of((value) -> {
						PublishedRank published = value.ranks().published();
						return (published != null) ? published.scope() : null;
					}))
					// a ranking entry's field values may be only figures (IndexFigure)
					.dataFetcher("region", TrivialFetchers.<IndexFigure>region(this.referenceData, IndexFigure::region))
					.dataFetcher("sector", TrivialFetchers.<IndexFigure>sector(this.referenceData, IndexFigure::sector))
					.dataFetcher("achievementLevel",
							TrivialFetchers.<IndexValue>level(this.referenceData, IndexValue::achievementLevel)));
	}

	@SchemaMapping(typeName = "IndexValue")
	CompletableFuture<@Nullable IndexChange> change(IndexValue value, @Argument int fromFiscalYear,
			DataFetchingEnvironment environment) {
		DataLoader<EarlierKey, IndexValue> loader = environment.getDataLoader(EARLIER);
		return loader.load(new EarlierKey(value.region(), value.sector(), fromFiscalYear))
			.thenApply((earlier) -> (earlier != null) ? IndexChange.between(earlier, value) : null);
	}

	@SchemaMapping(typeName = "IndexValue")
	CompletableFuture<List<ServiceAchievementView>> weakestServices(IndexValue value, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		int size = (first != null) ? first : DEFAULT_WEAKEST;
		if (size < 1 || size > MAX_WEAKEST) {
			throw new InvalidArgumentException("first",
					"Argument 'first' of weakestServices must be between 1 and " + MAX_WEAKEST + ", but was " + size);
		}
		DataLoader<WeakestKey, List<ServiceAchievementView>> loader = environment.getDataLoader(WEAKEST);
		return loader.load(new WeakestKey(value.region(), value.fiscalYear(), value.sector(), size));
	}

	private static Mono<Map<EarlierKey, IndexValue>> earlier(IndexRepository index, Set<EarlierKey> keys) {
		Map<Integer, List<RegionCode>> regionsByYear = keys.stream()
			.collect(Collectors.groupingBy(EarlierKey::fiscalYear,
					Collectors.mapping(EarlierKey::region, Collectors.toList())));
		return Flux.fromIterable(regionsByYear.entrySet())
			.concatMap((year) -> index.findByRegions(year.getValue(), year.getKey()))
			.collectMap((value) -> new EarlierKey(value.region(), value.sector(), value.fiscalYear()))
			.map((found) -> keys.stream()
				.filter(found::containsKey)
				.collect(Collectors.toMap((key) -> key, found::get)));
	}

	private static Mono<Map<WeakestKey, List<ServiceAchievementView>>> weakest(AchievementRepository achievements,
			Set<WeakestKey> keys) {
		Map<List<Integer>, List<RegionCode>> regionsByYearAndSize = keys.stream()
			.collect(Collectors.groupingBy((key) -> List.of(key.fiscalYear(), key.first()),
					Collectors.mapping(WeakestKey::region, Collectors.toList())));
		return Flux.fromIterable(regionsByYearAndSize.entrySet())
			.concatMap(
					(group) -> achievements.findWeakest(group.getKey().get(0), group.getValue(), group.getKey().get(1))
						.map((weak) -> Map.entry(group.getKey().get(1), weak)))
			.collectList()
			.map((found) -> keys.stream()
				.collect(Collectors.toMap((key) -> key,
						(key) -> found.stream()
							.filter((entry) -> entry.getKey() == key.first() && key.matches(entry.getValue()))
							.map((entry) -> ServiceAchievementView.of(entry.getValue().achievement()))
							.toList())));
	}

	/** The value of a region and field in an earlier fiscal year. */
	record EarlierKey(RegionCode region, @Nullable SectorCode sector, int fiscalYear) {

	}

	/** The weakest services of a region's value: overall, or in the value's field. */
	record WeakestKey(RegionCode region, int fiscalYear, @Nullable SectorCode sector, int first) {

		boolean matches(AchievementRepository.WeakService weak) {
			ServiceAchievement reported = weak.achievement().reported();
			if (!reported.region().equals(this.region) || reported.fiscalYear() != this.fiscalYear) {
				return false;
			}
			return (this.sector == null) ? weak.inRegion() <= this.first
					: weak.achievement().sector() == this.sector && weak.inSector() <= this.first;
		}

	}

}
