package org.spmawards.persistence.replica;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The streaming replicas that serve reads ({@code spm.read-replicas}).
 *
 * @param urls the replicas, {@code postgres://user:password@host:port/database} each (the
 * primary's user and password when a URL has none); none: every read goes to the primary
 * @param checkInterval how often each replica's state (reachable, data version, replay
 * lag) is read
 * @param poolSize the connections each replica's pool may hold
 */
@ConfigurationProperties("spm.read-replicas")
public record ReadReplicaProperties(@DefaultValue List<String> urls, @DefaultValue("500ms") Duration checkInterval,
		@DefaultValue("16") int poolSize) {

}
