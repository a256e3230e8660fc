package org.spmawards.persistence.replica;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.support.CancellingConnectionFactory;
import org.spmawards.persistence.support.DatabaseAvailability;
import org.spmawards.persistence.support.DriverOptions;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;

/**
 * The streaming replicas reads may go to, and the choice of one for each read: a replica
 * that is available and holds the data version this instance knows to be current, in
 * turn; otherwise the primary. A replica that has not yet replayed an import is not read
 * until it has, so a client that imported, or that heard of an import, never reads older
 * data (read-your-writes). A replica whose connection fails is left out at once, until a
 * check reaches it again.
 */
public class ReadReplicas implements DisposableBean {

	/** The application name of the replicas' connections, as PostgreSQL shows it. */
	public static final String APPLICATION_NAME = "spm-awards-api/read";

	private final List<ReadReplica> replicas;

	private final AtomicInteger turn = new AtomicInteger();

	private final AtomicLong primaryReads = new AtomicLong();

	private final AtomicLong replicaReads = new AtomicLong();

	private volatile @Nullable LongSupplier currentVersion;

	ReadReplicas(List<ReadReplica> replicas) {
		this.replicas = List.copyOf(replicas);
	}

	/**
	 * Creates the replicas' connection pools.
	 * @param properties the replicas
	 * @param username the primary's user, for a URL without one
	 * @param password the primary's password, for a URL without one
	 * @param observations where the statements of observed requests are observed
	 * @return the replicas
	 */
	public static ReadReplicas of(ReadReplicaProperties properties, @Nullable String username,
			@Nullable String password, ObservationRegistry observations) {
		List<ReadReplica> replicas = new ArrayList<>();
		for (String url : properties.urls()) {
			if (url.isBlank()) {
				continue;
			}
			DatabaseUrl database = DatabaseUrl.parse(url);
			ConnectionFactoryOptions.Builder options = DriverOptions
				.apply(ConnectionFactoryOptions.parse(database.r2dbcUrl())
					.mutate()
					.option(Option.valueOf("applicationName"), APPLICATION_NAME)
					.option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(2)));
			String user = (database.username() != null) ? database.username() : username;
			String secret = (database.password() != null) ? database.password() : password;
			if (user != null) {
				options.option(ConnectionFactoryOptions.USER, user);
			}
			if (secret != null) {
				options.option(ConnectionFactoryOptions.PASSWORD, secret);
			}
			ConnectionPool pool = new ConnectionPool(
					ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build()))
						.name("read-" + replicas.size())
						.initialSize(0)
						.maxSize(properties.poolSize())
						.maxAcquireTime(Duration.ofSeconds(2))
						.maxCreateConnectionTime(Duration.ofSeconds(2))
						.acquireRetry(1)
						.build());
			replicas.add(new ReadReplica(database.toString(), new CancellingConnectionFactory(pool, observations)));
		}
		return new ReadReplicas(replicas);
	}

	/**
	 * Returns the replicas.
	 * @return the replicas, in the order configured
	 */
	public List<ReadReplica> all() {
		return this.replicas;
	}

	/**
	 * Returns whether no replica is configured.
	 * @return whether every read goes to the primary
	 */
	public boolean isEmpty() {
		return this.replicas.isEmpty();
	}

	/**
	 * Returns the reads that went to the primary since the start.
	 * @return the count
	 */
	public long primaryReads() {
		return this.primaryReads.get();
	}

	/**
	 * Returns the reads that went to a replica since the start.
	 * @return the count
	 */
	public long replicaReads() {
		return this.replicaReads.get();
	}

	/**
	 * Returns whether a replica holds the data version this instance knows to be current.
	 * @param replica the replica
	 * @return whether it is caught up
	 */
	public boolean caughtUp(ReadReplica replica) {
		LongSupplier current = this.currentVersion;
		return current != null && replica.dataVersion() >= current.getAsLong();
	}

	void trackCurrentVersion(LongSupplier currentVersion) {
		this.currentVersion = currentVersion;
	}

	/** The replica for the next read, or none: the primary. Counts the read. */
	@Nullable ReadReplica choose() {
		int size = this.replicas.size();
		int first = Math.floorMod(this.turn.getAndIncrement(), size);
		for (int i = 0; i < size; i++) {
			ReadReplica replica = this.replicas.get((first + i) % size);
			if (replica.available() && caughtUp(replica)) {
				this.replicaReads.incrementAndGet();
				return replica;
			}
		}
		this.primaryReads.incrementAndGet();
		return null;
	}

	/** A connection of the replica; one that cannot be had leaves the replica out. */
	Mono<Connection> connect(ReadReplica replica) {
		return Mono.<Connection>from(replica.connections().create()).doOnError((ex) -> {
			if (DatabaseAvailability.meansUnavailable(ex)) {
				replica.unavailable(ex);
			}
		});
	}

	@Override
	public void destroy() throws Exception {
		for (ReadReplica replica : this.replicas) {
			if (replica.connections() instanceof DisposableBean pool) {
				pool.destroy();
			}
		}
	}

}
