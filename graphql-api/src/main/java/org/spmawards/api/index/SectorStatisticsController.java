package org.spmawards.api.index;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.support.Loaders;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.index.IndexCalculator;
import org.spmawards.domain.region.RegionLevel;
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
 * Serves statistics of a ranking.
 */
@Controller
class SectorStatisticsController {

	private final IndexRepository index;

	private final ReferenceDataCache referenceData;

	SectorStatisticsController(IndexRepository index, ReferenceDataCache referenceData) {
		this.index = index;
		this.referenceData = referenceData;
	}

	@QueryMapping
	Mono<SectorStatistics> sectorStatistics(@Argument int edition, @Argument RegionLevel category,
			@Argument @Nullable SectorCode sector) {
		return this.referenceData.get().flatMap((data) -> {
			int fiscalYear = Editions.require(data, "edition", edition).fiscalYear();
			return this.index.statistics(fiscalYear, category, sector)
				.map((statistics) -> new SectorStatistics(fiscalYear, category, sector, statistics.count(),
						data.regionCounts().getOrDefault(category, 0L), statistics.min(), statistics.max(),
						IndexCalculator.shownIfKnown(statistics.mean()),
						IndexCalculator.shownIfKnown(statistics.median()),
						data.levels()
							.stream()
							.map((level) -> new SectorStatistics.LevelCount(level.code(),
									statistics.countByLevel().getOrDefault(level.code(), 0L)))
							.toList()));
		});
	}

	@SchemaMapping(typeName = "SectorStatistics")
	CompletableFuture<@Nullable Sector> sector(SectorStatistics statistics, DataLoader<SectorCode, Sector> sectors) {
		return Loaders.loadIfPresent(sectors, statistics.sectorCode());
	}

	@SchemaMapping(typeName = "AchievementLevelCount")
	CompletableFuture<AchievementLevel> achievementLevel(SectorStatistics.LevelCount count,
			DataLoader<String, AchievementLevel> levels) {
		return levels.load(count.levelCode());
	}

}
