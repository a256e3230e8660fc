package org.spmawards.api.sector;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the six SPM fields and their service types.
 */
@Controller
class SectorController {

	private final ReferenceDataCache referenceData;

	SectorController(ReferenceDataCache referenceData) {
		this.referenceData = referenceData;
	}

	@QueryMapping
	Mono<List<Sector>> sectors() {
		return this.referenceData.get().map((data) -> data.sectors());
	}

	@SchemaMapping
	Mono<List<ServiceType>> serviceTypes(Sector sector, @Argument @Nullable GovernmentLevel level) {
		return this.referenceData.get().map((data) -> data.serviceTypes(sector.code(), level));
	}

	@SchemaMapping(typeName = "ServiceType")
	CompletableFuture<Sector> sector(ServiceType type, DataLoader<SectorCode, Sector> sectors) {
		return sectors.load(type.sector());
	}

}
