package org.spmawards.persistence.replica;

import java.time.Duration;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads each replica's state every {@code spm.read-replicas.check-interval} (500 ms): the
 * data version it holds and how far its replay is behind, or that it cannot be reached. A
 * replica that cannot be reached is left out of the reads until a check reaches it.
 */
@Component
public class ReplicaMonitor implements SmartLifecycle {

	/**
	 * The stored data version, and the replay lag in seconds: zero when everything
	 * received is replayed (or the server is no standby).
	 */
	private static final String STATE = "select (select version from data_version) as version,"
			+ " case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() is not distinct from"
			+ " pg_last_wal_replay_lsn() then 0 else extract(epoch from now() - pg_last_xact_replay_timestamp())"
			+ " end as lag";

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

	private final ReadReplicas replicas;

	private final Duration interval;

	private volatile @Nullable Disposable checking;

	public ReplicaMonitor(ReadReplicas replicas, DataVersion dataVersion, ReadReplicaProperties properties) {
		this.replicas = replicas;
		this.interval = properties.checkInterval();
		replicas.trackCurrentVersion(dataVersion::current);
	}

	@Override
	public void start() {
		if (this.replicas.isEmpty()) {
			return;
		}
		this.checking = Flux.interval(Duration.ZERO, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> check())
			.subscribe();
	}

	/**
	 * Checks every replica now.
	 * @return completes when each was checked
	 */
	public Mono<Void> check() {
		return Flux.fromIterable(this.replicas.all()).flatMap(this::check).then();
	}

	private Mono<Void> check(ReadReplica replica) {
		return Mono
			.usingWhen(Mono.from(replica.connections().create()), this::state,
					(connection) -> Mono.from(connection.close()).onErrorComplete())
			.timeout(CHECK_TIMEOUT)
			.doOnNext((state) -> replica.checked(state.version(), state.lag()))
			.onErrorResume((ex) -> {
				replica.unavailable(ex);
				return Mono.empty();
			})
			.then();
	}

	private Mono<State> state(Connection connection) {
		return Mono.from(connection.createStatement(STATE).execute())
			.flatMap((result) -> Mono.from(result.map((row, metadata) -> state(row))));
	}

	private static State state(Row row) {
		Number version = row.get("version", Number.class);
		Number lag = row.get("lag", Number.class);
		return new State((version != null) ? version.longValue() : -1,
				(lag != null) ? Duration.ofMillis(Math.round(lag.doubleValue() * 1000)) : null);
	}

	@Override
	public void stop() {
		Disposable checking = this.checking;
		if (checking != null) {
			checking.dispose();
		}
		this.checking = null;
	}

	@Override
	public boolean isRunning() {
		return this.checking != null;
	}

	private record State(long version, @Nullable Duration lag) {

	}

}
