package org.spmawards.api.guard;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.BearerToken;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A token bucket per client (Bucket4j): by its token where it gives one this service
 * knows (the admin token), by its address otherwise, so that inventing tokens does not
 * make new buckets. A client over its rate gets 429 with {@code Retry-After}, the seconds
 * until its next request is allowed; the health probes are never limited.
 */
final class RateLimitFilter implements WebFilter, Ordered {

	private final GuardProperties properties;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(10, TimeUnit.MINUTES)
		.build();

	private final @Nullable BearerToken adminToken;

	RateLimitFilter(GuardProperties properties, @Nullable String adminToken) {
		this.properties = properties;
		this.adminToken = (adminToken != null && !adminToken.isBlank()) ? new BearerToken(adminToken) : null;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		String client = client(request);
		if (client == null) {
			return chain.filter(exchange);
		}
		ConsumptionProbe probe = this.buckets.get(client, (key) -> bucket()).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			exchange.getResponse().getHeaders().set("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
			return chain.filter(exchange);
		}
		return tooMany(exchange.getResponse(), probe);
	}

	/** The client a request counts against, or {@code null} if it is exempt. */
	private @Nullable String client(ServerHttpRequest request) {
		if (this.adminToken != null
				&& this.adminToken.matches(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
			return "token admin";
		}
		InetSocketAddress address = request.getRemoteAddress();
		if (address == null || address.getAddress() == null) {
			return "unknown";
		}
		if (this.properties.exemptLoopback() && address.getAddress().isLoopbackAddress()) {
			return null;
		}
		return "address " + address.getAddress().getHostAddress();
	}

	private Bucket bucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.requestsPerMinute(), Duration.ofMinutes(1)))
			.build();
	}

	private Mono<Void> tooMany(ServerHttpResponse response, ConsumptionProbe probe) {
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String body = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many"
				+ " requests from this client: at most " + this.properties.requestsPerMinute() + " a minute, "
				+ this.properties.burst() + " at once (spm.guard.requests-per-minute, spm.guard.burst); retry after "
				+ seconds + " s\",\"retryAfterSeconds\":" + seconds + "}";
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

	@Override
	public int getOrder() {
		// after the request log and CORS, so that a browser can read the 429
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
