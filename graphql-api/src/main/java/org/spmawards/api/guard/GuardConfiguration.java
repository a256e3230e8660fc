package org.spmawards.api.guard;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.admin.AdminProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits per client: the rate limit of every transport (unless
 * {@code spm.guard.rate-limit-enabled} is false), the server's connection limits and
 * timeouts, and the limits of a WebSocket connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ GuardProperties.class, WebSocketProperties.class, AdminProperties.class })
class GuardConfiguration {

	@Bean
	@ConditionalOnProperty(name = "spm.guard.rate-limit-enabled", matchIfMissing = true)
	ClientBuckets clientBuckets(GuardProperties properties, AdminProperties admin) {
		return new ClientBuckets(properties, admin.adminToken());
	}

	@Bean
	@ConditionalOnProperty(name = "spm.guard.rate-limit-enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(ClientBuckets buckets) {
		return new RateLimitFilter(buckets);
	}

	@Bean
	WebSocketLimits webSocketLimits(ObjectProvider<ClientBuckets> buckets, WebSocketProperties properties) {
		@Nullable ClientBuckets rateLimit = buckets.getIfAvailable();
		return new WebSocketLimits(rateLimit, properties);
	}

	@Bean
	ConnectionGuard connectionGuard(GuardProperties properties, WebSocketProperties webSocket) {
		return new ConnectionGuard(properties, webSocket);
	}

}
