package org.spmawards.api.support;

import java.util.Set;

import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.index.MethodologyRepository;
import org.spmawards.persistence.region.RegionRepository;
import org.spmawards.persistence.sector.SectorRepository;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers the data loaders that turn codes into the objects they name: regions, sectors
 * and achievement levels. Any field holding a code asks its loader, and every code of a
 * response is looked up in one statement. A controller takes the loader as a
 * {@code DataLoader<RegionCode, Region>} (or sector, or level) argument.
 */
@Component
class ReferenceLoaders {

	ReferenceLoaders(BatchLoaderRegistry registry, RegionRepository regions, SectorRepository sectors,
			MethodologyRepository methodologies) {
		registry.forTypePair(RegionCode.class, Region.class)
			.registerMappedBatchLoader((codes, environment) -> regions.findByCodes(codes).collectMap(Region::code));
		registry.forTypePair(SectorCode.class, Sector.class)
			.registerMappedBatchLoader((codes, environment) -> only(sectors.findAll(), codes, Sector::code));
		registry.forTypePair(String.class, ServiceType.class)
			.registerMappedBatchLoader((codes, environment) -> only(
					sectors.findServiceTypes(java.util.EnumSet.allOf(SectorCode.class), null), codes,
					ServiceType::code));
		registry.forTypePair(String.class, AchievementLevel.class)
			.registerMappedBatchLoader(
					(codes, environment) -> only(methodologies.findLevels(), codes, AchievementLevel::code));
	}

	private static <K, V> reactor.core.publisher.Mono<java.util.Map<K, V>> only(Flux<V> all, Set<K> keys,
			java.util.function.Function<V, K> key) {
		return all.filter((value) -> keys.contains(key.apply(value))).collectMap(key);
	}

}
