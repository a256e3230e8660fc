package org.spmawards.api.guard;

import java.util.Map;

import io.github.bucket4j.ConsumptionProbe;
import org.spmawards.api.errors.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The rate limit of HTTP requests: each takes a token from its client's bucket
 * ({@link ClientBuckets}). A client over its rate gets 429 with {@code Retry-After}, the
 * seconds until its next request is allowed; the health probes are never limited.
 */
final class RateLimitFilter implements WebFilter, Ordered {

	private final ClientBuckets buckets;

	RateLimitFilter(ClientBuckets buckets) {
		this.buckets = buckets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		String client = this.buckets.client(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
				request.getRemoteAddress());
		if (client == null) {
			return chain.filter(exchange);
		}
		ConsumptionProbe probe = this.buckets.take(client);
		if (probe.isConsumed()) {
			exchange.getResponse().getHeaders().set("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
			return chain.filter(exchange);
		}
		return tooMany(exchange, probe);
	}

	private Mono<Void> tooMany(ServerWebExchange exchange, ConsumptionProbe probe) {
		long seconds = ClientBuckets.retryAfterSeconds(probe);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, this.buckets.tooMany("requests", seconds),
				Map.of("retryAfterSeconds", seconds));
	}

	@Override
	public int getOrder() {
		// after the request log and CORS, so that a browser can read the 429
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
