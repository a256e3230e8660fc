package org.spmawards.api.guard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits per client: the rate limit (unless {@code spm.guard.rate-limit-enabled} is
 * false) and the server's connection limits and timeouts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuardProperties.class)
class GuardConfiguration {

	@Bean
	@ConditionalOnProperty(name = "spm.guard.rate-limit-enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(GuardProperties properties, @Value("${spm.admin-token:}") String adminToken) {
		return new RateLimitFilter(properties, adminToken);
	}

	@Bean
	ConnectionGuard connectionGuard(GuardProperties properties) {
		return new ConnectionGuard(properties);
	}

}
