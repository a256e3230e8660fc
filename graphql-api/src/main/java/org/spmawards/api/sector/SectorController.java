package org.spmawards.api.sector;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceLevel;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Serves the six SPM fields and their service types.
 */
@Controller
class SectorController {

	private static final String SERVICE_TYPES = "serviceTypesOfSector";

	private final ReferenceDataCache referenceData;

	SectorController(ReferenceDataCache referenceData, BatchLoaderRegistry batchLoaders) {
		this.referenceData = referenceData;
		// Keyed by field and level: one statement for every field of a response, whatever
		// the levels asked.
		batchLoaders.<ServiceTypesKey, List<ServiceType>>forName(SERVICE_TYPES)
			.registerMappedBatchLoader((keys, environment) -> serviceTypes(keys));
	}

	@QueryMapping
	Mono<List<Sector>> sectors() {
		return this.referenceData.get().map((data) -> data.sectors());
	}

	@SchemaMapping
	CompletableFuture<List<ServiceType>> serviceTypes(Sector sector, @Argument @Nullable ServiceLevel level,
			DataFetchingEnvironment environment) {
		DataLoader<ServiceTypesKey, List<ServiceType>> loader = environment.getDataLoader(SERVICE_TYPES);
		return loader.load(new ServiceTypesKey(sector.code(), level));
	}

	@SchemaMapping(typeName = "ServiceType")
	CompletableFuture<Sector> sector(ServiceType type, DataLoader<SectorCode, Sector> sectors) {
		return sectors.load(type.sector());
	}

	private Mono<Map<ServiceTypesKey, List<ServiceType>>> serviceTypes(Set<ServiceTypesKey> keys) {
		return this.referenceData.get()
			.map((data) -> keys.stream()
				.collect(Collectors.toMap((key) -> key, (key) -> data.serviceTypes(key.sector(), key.level()))));
	}

	record ServiceTypesKey(SectorCode sector, @Nullable ServiceLevel level) {

	}

}
