package org.spmawards.api.achievement;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Loaders;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the fields of the {@code ServiceAchievement} type that point to other objects.
 */
@Controller
class ServiceAchievementController {

	@SchemaMapping(typeName = "ServiceAchievement")
	CompletableFuture<Region> region(ServiceAchievementView achievement, DataLoader<RegionCode, Region> regions) {
		return regions.load(achievement.regionCode());
	}

	@SchemaMapping(typeName = "ServiceAchievement")
	CompletableFuture<Sector> sector(ServiceAchievementView achievement, DataLoader<SectorCode, Sector> sectors) {
		return sectors.load(achievement.sectorCode());
	}

	@SchemaMapping(typeName = "ServiceAchievement")
	CompletableFuture<ServiceType> serviceType(ServiceAchievementView achievement,
			DataLoader<String, ServiceType> serviceTypes) {
		return serviceTypes.load(achievement.serviceTypeCode());
	}

	@SchemaMapping(typeName = "ServiceAchievement")
	CompletableFuture<@Nullable AchievementLevel> achievementLevel(ServiceAchievementView achievement,
			DataLoader<String, AchievementLevel> levels) {
		return Loaders.loadIfPresent(levels, achievement.achievementLevelCode());
	}

}
