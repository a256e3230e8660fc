package org.spmawards.api.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits per client ({@code spm.guard.*}).
 *
 * @param rateLimitEnabled whether requests are rate-limited per client
 * @param requestsPerMinute the requests a client may make in a minute, on average
 * @param burst the requests a client may make at once, after a quiet moment
 * @param exemptLoopback whether requests and connections from this machine are exempt
 * from the rate and connection limits (tests, benchmarks, a local frontend; a reverse
 * proxy on this machine should limit itself, or forward the client's address with
 * {@code server.forward-headers-strategy})
 * @param maxConnectionsPerClient the connections one address may hold open at once
 * @param readTimeout the longest a request may take to arrive once its first byte did:
 * headers and body, with no byte for that long in between
 */
@ConfigurationProperties("spm.guard")
public record GuardProperties(@DefaultValue("true") boolean rateLimitEnabled,
		@DefaultValue("600") int requestsPerMinute, @DefaultValue("120") int burst,
		@DefaultValue("true") boolean exemptLoopback, @DefaultValue("64") int maxConnectionsPerClient,
		@DefaultValue("10s") Duration readTimeout) {

}
