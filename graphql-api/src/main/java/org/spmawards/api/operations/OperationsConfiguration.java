package org.spmawards.api.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.spmawards.api.admin.AdminProperties;
import org.spmawards.persistence.replica.ReadReplica;
import org.spmawards.persistence.replica.ReadReplicas;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request log, the access rules of the actuator endpoints, the GraphQL metrics'
 * operation names, the read replicas' metrics and the schema inspection's report.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, MetricsProperties.class })
class OperationsConfiguration {

	/**
	 * Spring for GraphQL's schema inspection, at DEBUG: it cannot see the fields served
	 * by the records' own accessors through the plain data fetchers, so at INFO its
	 * report of "unmapped fields" read like a fault.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer schemaInspectionAtDebug() {
		Log logger = LogFactory.getLog(OperationsConfiguration.class);
		return (builder) -> {
			// the inspection walks the whole schema: only when its report is logged
			if (logger.isDebugEnabled()) {
				builder.inspectSchemaMappings((report) -> logger.debug("GraphQL schema inspection: " + report));
			}
		};
	}

	@Bean
	RequestLog requestLog(MeterRegistry meters) {
		return new RequestLog(meters);
	}

	@Bean
	ActuatorAccess actuatorAccess(@Value("${management.endpoints.web.base-path:/actuator}") String basePath,
			AdminProperties admin, @Value("${management.server.port:-1}") int managementPort,
			@Value("${server.port:8080}") int serverPort) {
		return new ActuatorAccess(basePath, admin.adminToken(), (managementPort != serverPort) ? managementPort : -1);
	}

	/**
	 * Reads by server ({@code spm.database.reads{target=primary|replica}}) and each read
	 * replica's state ({@code spm.read.replica.*{replica}}).
	 */
	@Bean
	MeterBinder readReplicaMetrics(ReadReplicas replicas) {
		return (registry) -> {
			FunctionCounter.builder("spm.database.reads", replicas, ReadReplicas::primaryReads)
				.description("Reads of requests, by the server that served them")
				.tag("target", "primary")
				.register(registry);
			FunctionCounter.builder("spm.database.reads", replicas, ReadReplicas::replicaReads)
				.description("Reads of requests, by the server that served them")
				.tag("target", "replica")
				.register(registry);
			for (ReadReplica replica : replicas.all()) {
				Gauge
					.builder("spm.read.replica.lag", replica,
							(each) -> (each.replayLag() != null) ? each.replayLag().toMillis() / 1000.0 : Double.NaN)
					.description("How far the replica's replay was behind what it had received, at the last check")
					.baseUnit("seconds")
					.tag("replica", replica.name())
					.register(registry);
				Gauge.builder("spm.read.replica.available", replica, (each) -> each.available() ? 1 : 0)
					.description("Whether the replica was reached at the last check or connection")
					.tag("replica", replica.name())
					.register(registry);
				Gauge.builder("spm.read.replica.caught.up", replica, (each) -> replicas.caughtUp(each) ? 1 : 0)
					.description("Whether the replica holds the current data version, and so serves reads")
					.tag("replica", replica.name())
					.register(registry);
			}
		};
	}

	@Bean
	OperationNameConvention operationNameConvention(MetricsProperties properties) {
		return new OperationNameConvention(properties.maxOperationNames());
	}

}
