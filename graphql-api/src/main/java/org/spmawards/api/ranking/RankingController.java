package org.spmawards.api.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.support.Arguments;
import org.spmawards.api.support.Grouping;
import org.spmawards.api.support.Loaders;
import org.spmawards.api.support.PageRequest;
import org.spmawards.api.support.Pagination;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves rankings and the fields of their entries. A page costs one statement, and each
 * nested field one more for the whole page.
 */
@Controller
class RankingController {

	private final IndexRepository index;

	private final RankingRepository rankings;

	private final ReferenceDataCache referenceData;

	private final Pagination pagination;

	RankingController(IndexRepository index, RankingRepository rankings, ReferenceDataCache referenceData,
			Pagination pagination) {
		this.index = index;
		this.rankings = rankings;
		this.referenceData = referenceData;
		this.pagination = pagination;
	}

	@QueryMapping
	Mono<RankingConnection> rankings(@Argument int edition, @Argument RegionLevel category,
			@Argument @Nullable SectorCode sector, @Argument @Nullable String provinceCode,
			@Argument boolean includePreliminary, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		PageRequest page = this.pagination.request(first, after, last, before);
		RegionCode province = Arguments.provinceCode("provinceCode", provinceCode);
		return this.referenceData.get().map((data) -> Editions.require(data, "edition", edition)).flatMap((found) -> {
			Ranking ranking = new Ranking(found.fiscalYear(), category, sector, province, includePreliminary);
			return this.pagination
				.read(page, (slice) -> this.rankings.findRanking(ranking, slice.offset(), slice.limit()),
						(read) -> read.page().totalCount())
				.map((read) -> new RankingConnection(this.pagination.connection(entries(read.page())), read.coverage(),
						found.fiscalYear()));
		});
	}

	private static Page<RankingEntry> entries(Page<RankingRow> rows) {
		List<RankingEntry> entries = new ArrayList<>(rows.items().size());
		for (int i = 0; i < rows.items().size(); i++) {
			entries.add(new RankingEntry(rows.items().get(i), rows.offset() + i + 1));
		}
		return new Page<>(entries, rows.offset(), rows.totalCount());
	}

	@SchemaMapping(typeName = "RankingEntry")
	CompletableFuture<Region> region(RankingEntry entry, DataLoader<RegionCode, Region> regions) {
		return regions.load(entry.index().region());
	}

	@SchemaMapping(typeName = "RankingEntry")
	CompletableFuture<@Nullable AchievementLevel> achievementLevel(RankingEntry entry,
			DataLoader<String, AchievementLevel> levels) {
		return Loaders.loadIfPresent(levels, entry.index().achievementLevel());
	}

	@BatchMapping(typeName = "RankingEntry")
	Mono<Map<RankingEntry, List<IndexValue>>> sectors(List<RankingEntry> entries) {
		// usually one fiscal year per response; aliases can ask for more
		Map<Integer, List<RegionCode>> regionsByYear = entries.stream()
			.collect(Collectors.groupingBy((entry) -> entry.index().fiscalYear(),
					Collectors.mapping((entry) -> entry.index().region(), Collectors.toList())));
		return Flux.fromIterable(regionsByYear.entrySet())
			.concatMap((year) -> this.index.findByRegions(year.getValue(), year.getKey()))
			.filter((value) -> value.sector() != null)
			.collectList()
			.map(Grouping.by((value) -> new YearAndRegion(value.fiscalYear(), value.region())))
			.map((grouped) -> Grouping.forEach(entries,
					(entry) -> grouped.get(new YearAndRegion(entry.index().fiscalYear(), entry.index().region()))));
	}

	private record YearAndRegion(int fiscalYear, RegionCode region) {

		YearAndRegion {
			Objects.requireNonNull(region);
		}

	}

}
