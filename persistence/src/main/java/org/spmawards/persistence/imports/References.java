package org.spmawards.persistence.imports;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * The codes an import file may use: every region and every service type.
 *
 * @param regions the codes of all regions
 * @param serviceTypes the level of every service type, by code
 */
record References(Set<RegionCode> regions, Map<String, GovernmentLevel> serviceTypes) {

	static References of(ReferenceData data) {
		return new References(data.regions().keySet(),
				data.serviceTypes().stream().collect(Collectors.toMap(ServiceType::code, ServiceType::level)));
	}

	@Nullable GovernmentLevel serviceLevel(String serviceType) {
		return this.serviceTypes.get(serviceType);
	}

}
