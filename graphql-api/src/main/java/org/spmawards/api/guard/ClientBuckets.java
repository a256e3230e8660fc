package org.spmawards.api.guard;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.web.BearerToken;

/**
 * A token bucket per client (Bucket4j), the one rate limit of every transport: an HTTP
 * request and an operation sent over a WebSocket each take a token. A client is known by
 * its token where it gives one this service knows (the admin token), by its address
 * otherwise, so that inventing tokens does not make new buckets.
 */
final class ClientBuckets {

	private final GuardProperties properties;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(10, TimeUnit.MINUTES)
		.build();

	private final @Nullable BearerToken adminToken;

	ClientBuckets(GuardProperties properties, @Nullable String adminToken) {
		this.properties = properties;
		this.adminToken = (adminToken != null && !adminToken.isBlank()) ? new BearerToken(adminToken) : null;
	}

	/**
	 * Returns the client a request counts against.
	 * @param authorization the request's {@code Authorization} header, or {@code null}
	 * @param address the client's address, or {@code null} if unknown
	 * @return the client, or {@code null} if it is exempt
	 */
	@Nullable String client(@Nullable String authorization, @Nullable InetSocketAddress address) {
		if (this.adminToken != null && this.adminToken.matches(authorization)) {
			return "token admin";
		}
		if (address == null || address.getAddress() == null) {
			return "unknown";
		}
		if (this.properties.exemptLoopback() && address.getAddress().isLoopbackAddress()) {
			return null;
		}
		return "address " + address.getAddress().getHostAddress();
	}

	/**
	 * Takes a token from a client's bucket.
	 * @param client the client
	 * @return whether it was taken, the tokens left, and the time until the next one
	 */
	ConsumptionProbe take(String client) {
		return this.buckets.get(client, (key) -> bucket()).tryConsumeAndReturnRemaining(1);
	}

	/**
	 * Returns the seconds a refused client waits for its next token, at least one.
	 * @param probe the refusal
	 * @return the seconds
	 */
	static long retryAfterSeconds(ConsumptionProbe probe) {
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
	}

	/**
	 * Says why a client is refused and when it may go on.
	 * @param what what the client sends too many of: requests or operations
	 * @param seconds the seconds until its next token
	 * @return the message
	 */
	String tooMany(String what, long seconds) {
		return "Too many " + what + " from this client: at most " + this.properties.requestsPerMinute() + " a minute, "
				+ this.properties.burst() + " at once (spm.guard.requests-per-minute,"
				+ " spm.guard.burst); retry after " + seconds + " s";
	}

	private Bucket bucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.requestsPerMinute(), Duration.ofMinutes(1)))
			.build();
	}

}
