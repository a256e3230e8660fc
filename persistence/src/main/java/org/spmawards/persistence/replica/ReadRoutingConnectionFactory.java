package org.spmawards.persistence.replica;

import java.util.LinkedHashMap;
import java.util.Map;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.r2dbc.connection.lookup.AbstractRoutingConnectionFactory;

/**
 * The connection factory of the application: a connection for work marked
 * {@link ReadRouting#onReplicas read-only} comes from the replica
 * {@link ReadReplicas#choose() chosen} for it, every other one from the primary. A
 * transaction takes its connection once, so it stays on one server. A replica that cannot
 * be reached is left out, and the read goes to the primary at once. Unwraps to the
 * primary.
 */
public final class ReadRoutingConnectionFactory extends AbstractRoutingConnectionFactory
		implements Wrapped<ConnectionFactory>, DisposableBean {

	private final ConnectionFactory primary;

	private final ReadReplicas replicas;

	public ReadRoutingConnectionFactory(ConnectionFactory primary, ReadReplicas replicas) {
		this.primary = primary;
		this.replicas = replicas;
		Map<Object, Object> targets = new LinkedHashMap<>();
		for (ReadReplica replica : replicas.all()) {
			targets.put(replica, new ReplicaConnections(replica));
		}
		setTargetConnectionFactories(targets);
		setDefaultTargetConnectionFactory(primary);
		afterPropertiesSet();
	}

	@Override
	protected Mono<Object> determineCurrentLookupKey() {
		return Mono.deferContextual((context) -> ReadRouting.mayUseReplicas(context)
				? Mono.justOrEmpty(this.replicas.choose()) : Mono.empty());
	}

	@Override
	public ConnectionFactory unwrap() {
		return this.primary;
	}

	/** Closes the primary's pool; the replicas' pools close with {@link ReadReplicas}. */
	@Override
	public void destroy() throws Exception {
		if (this.primary instanceof DisposableBean pool) {
			pool.destroy();
		}
	}

	/** A replica's connections, which leave the replica out when one cannot be had. */
	private final class ReplicaConnections implements ConnectionFactory, Wrapped<ConnectionFactory> {

		private final ReadReplica replica;

		ReplicaConnections(ReadReplica replica) {
			this.replica = replica;
		}

		/** Falls back to the primary at once when the replica cannot be reached. */
		@Override
		public Mono<Connection> create() {
			return ReadRoutingConnectionFactory.this.replicas.connect(this.replica)
				.onErrorResume(DatabaseAvailability::meansUnavailable,
						(ex) -> Mono.from(ReadRoutingConnectionFactory.this.primary.create()));
		}

		@Override
		public io.r2dbc.spi.ConnectionFactoryMetadata getMetadata() {
			return this.replica.connections().getMetadata();
		}

		@Override
		public @Nullable ConnectionFactory unwrap() {
			return this.replica.connections();
		}

	}

}
