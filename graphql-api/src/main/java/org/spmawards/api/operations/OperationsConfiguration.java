package org.spmawards.api.operations;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request log, the access rules of the actuator endpoints and the GraphQL metrics'
 * operation names.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	RequestLog requestLog(MeterRegistry meters) {
		return new RequestLog(meters);
	}

	@Bean
	ActuatorAccess actuatorAccess(@Value("${management.endpoints.web.base-path:/actuator}") String basePath,
			@Value("${spm.admin-token:}") String token, @Value("${management.server.port:-1}") int managementPort,
			@Value("${server.port:8080}") int serverPort) {
		return new ActuatorAccess(basePath, token, (managementPort != serverPort) ? managementPort : -1);
	}

	@Bean
	OperationNameConvention operationNameConvention(
			@Value("${spm.metrics.max-operation-names:200}") int maxOperationNames) {
		return new OperationNameConvention(maxOperationNames);
	}

}
