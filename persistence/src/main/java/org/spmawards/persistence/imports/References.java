package org.spmawards.persistence.imports;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.ServiceLevel;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The codes an import file may use: every region and every service type, read once per
 * import (a few hundred rows).
 *
 * @param regions the codes of all regions
 * @param serviceTypes the level of every service type, by code
 */
record References(java.util.Set<RegionCode> regions, Map<String, ServiceLevel> serviceTypes) {

	static Mono<References> load(DatabaseClient database) {
		Mono<java.util.Set<RegionCode>> regions = database.sql("select code from region")
			.map((row) -> Rows.regionCode(row, "code"))
			.all()
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		Mono<Map<String, ServiceLevel>> serviceTypes = database.sql("select code, level from service_type")
			.map((row) -> Map.entry(Rows.string(row, "code"), ServiceLevel.valueOf(Rows.string(row, "level"))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		return Mono.zip(regions, serviceTypes).map((both) -> new References(both.getT1(), both.getT2()));
	}

	@Nullable ServiceLevel serviceLevel(String serviceType) {
		return this.serviceTypes.get(serviceType);
	}

}
