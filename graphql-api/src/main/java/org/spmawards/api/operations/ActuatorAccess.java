package org.spmawards.api.operations;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.ProblemResponses;
import org.spmawards.api.web.BearerToken;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Health is public (load balancers and probes need no secret); the other actuator
 * endpoints (info, metrics, Prometheus) on the service's own port need the admin token,
 * as {@code Authorization: Bearer}, and do not answer at all without one configured. On a
 * separate management port ({@code management.server.port}), which an operator keeps
 * private, they need no token.
 */
final class ActuatorAccess implements WebFilter, Ordered {

	private final String basePath;

	private final @Nullable BearerToken token;

	private final int managementPort;

	ActuatorAccess(String basePath, @Nullable String token, int managementPort) {
		this.basePath = basePath;
		this.token = (token != null && !token.isBlank()) ? new BearerToken(token) : null;
		this.managementPort = managementPort;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.startsWith(this.basePath + "/") || path.equals(this.basePath + "/health")
				|| path.startsWith(this.basePath + "/health/") || onManagementPort(exchange)) {
			return chain.filter(exchange);
		}
		if (this.token == null) {
			return ProblemResponses.write(exchange, HttpStatus.NOT_FOUND,
					"The actuator endpoints other than health need SPM_ADMIN_TOKEN, or a management port of their own"
							+ " (management.server.port)",
					Map.of());
		}
		if (!this.token.matches(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED,
					"The actuator endpoints other than health need the header Authorization: Bearer <SPM_ADMIN_TOKEN>",
					Map.of());
		}
		return chain.filter(exchange);
	}

	private boolean onManagementPort(ServerWebExchange exchange) {
		return this.managementPort > 0 && exchange.getRequest().getLocalAddress() != null
				&& exchange.getRequest().getLocalAddress().getPort() == this.managementPort;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
