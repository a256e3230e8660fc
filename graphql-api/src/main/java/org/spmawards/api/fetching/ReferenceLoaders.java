package org.spmawards.api.fetching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceDataCache;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers the data loaders that turn codes into the objects they name: regions,
 * sectors, service types, achievement levels and award editions, from the reference data
 * held in memory. A controller takes the loader as a
 * {@code DataLoader<RegionCode, Region>} (or sector, service type, level, edition)
 * argument.
 */
@Component
class ReferenceLoaders {

	ReferenceLoaders(BatchLoaderRegistry registry, ReferenceDataCache referenceData) {
		registry.forTypePair(RegionCode.class, Region.class)
			.registerMappedBatchLoader((codes, environment) -> referenceData.get().map((data) -> {
				Map<RegionCode, Region> found = new HashMap<>();
				codes.forEach((code) -> data.region(code).ifPresent((region) -> found.put(code, region)));
				return found;
			}));
		registry.forTypePair(SectorCode.class, Sector.class)
			.registerMappedBatchLoader((codes, environment) -> referenceData.get()
				.map((data) -> only(data.sectors(), codes, Sector::code)));
		registry.forTypePair(String.class, ServiceType.class)
			.registerMappedBatchLoader((codes, environment) -> referenceData.get()
				.map((data) -> only(data.serviceTypes(), codes, ServiceType::code)));
		registry.forTypePair(Integer.class, AwardEdition.class)
			.registerMappedBatchLoader((years, environment) -> referenceData.get()
				.map((data) -> only(data.editions(), years, AwardEdition::year)));
		registry.forTypePair(String.class, AchievementLevel.class)
			.registerMappedBatchLoader((codes, environment) -> referenceData.get()
				.map((data) -> only(data.levels(), codes, AchievementLevel::code)));
	}

	private static <K, V> Map<K, V> only(Collection<V> all, Set<K> keys, Function<V, K> key) {
		return all.stream().filter((value) -> keys.contains(key.apply(value))).collect(Collectors.toMap(key, (v) -> v));
	}

}
