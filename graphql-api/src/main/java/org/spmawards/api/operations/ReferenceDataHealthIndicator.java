package org.spmawards.api.operations;

import java.time.Duration;

import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready once the reference data (regions, fields, service types, editions) is loaded:
 * every query needs it. Part of the readiness group ({@code /actuator/health/readiness}).
 */
@Component("referenceData")
class ReferenceDataHealthIndicator extends AbstractReactiveHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final ReferenceDataCache referenceData;

	ReferenceDataHealthIndicator(ReferenceDataCache referenceData) {
		super("The reference data could not be loaded");
		this.referenceData = referenceData;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.referenceData.get()
			.timeout(TIMEOUT)
			.map((data) -> (data.regions().isEmpty() ? builder.down() : builder.up())
				.withDetail("regions", data.regions().size())
				.withDetail("editions", data.editions().size())
				.build());
	}

}
