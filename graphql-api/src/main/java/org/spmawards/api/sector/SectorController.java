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
import org.spmawards.persistence.sector.SectorRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
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

	private final SectorRepository sectors;

	SectorController(SectorRepository sectors, BatchLoaderRegistry batchLoaders) {
		this.sectors = sectors;
		// Keyed by field and level: one statement for every field of a response, whatever
		// the levels asked.
		batchLoaders.<ServiceTypesKey, List<ServiceType>>forName(SERVICE_TYPES)
			.registerMappedBatchLoader((keys, environment) -> serviceTypes(keys));
	}

	@QueryMapping
	Flux<Sector> sectors() {
		return this.sectors.findAll();
	}

	@SchemaMapping
	CompletableFuture<List<ServiceType>> serviceTypes(Sector sector, @Argument @Nullable ServiceLevel level,
			DataFetchingEnvironment environment) {
		DataLoader<ServiceTypesKey, List<ServiceType>> loader = environment.getDataLoader(SERVICE_TYPES);
		return loader.load(new ServiceTypesKey(sector.code(), level));
	}

	@BatchMapping(typeName = "ServiceType")
	Mono<Map<ServiceType, Sector>> sector(List<ServiceType> types) {
		return this.sectors.findAll()
			.collectMap(Sector::code)
			.map((byCode) -> types.stream()
				.distinct()
				.collect(Collectors.toMap((type) -> type, (type) -> byCode.get(type.sector()))));
	}

	private Mono<Map<ServiceTypesKey, List<ServiceType>>> serviceTypes(Set<ServiceTypesKey> keys) {
		Set<SectorCode> codes = keys.stream().map(ServiceTypesKey::sector).collect(Collectors.toSet());
		return this.sectors.findServiceTypes(codes, null)
			.collectList()
			.map((types) -> keys.stream()
				.collect(Collectors.toMap((key) -> key, (key) -> types.stream().filter(key::matches).toList())));
	}

	record ServiceTypesKey(SectorCode sector, @Nullable ServiceLevel level) {

		boolean matches(ServiceType type) {
			return type.sector() == this.sector && (this.level == null || type.level() == this.level);
		}

	}

}
