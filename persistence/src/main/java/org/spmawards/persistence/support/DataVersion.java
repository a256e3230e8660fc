package org.spmawards.persistence.support;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * The version of the data as this service instance last saw it: a number that grows with
 * every committed change (stored in the database, see {@link DataVersionStore}), the time
 * of that change, and the epoch that tells databases apart. Caches of query results and
 * HTTP ETags key their entries by it, so that an entry made from older data is never
 * served once the data has changed, even when the query that made it was still running at
 * the time.
 */
@Component
public class DataVersion {

	private static final State UNKNOWN = new State(new UUID(0, 0), 0, Instant.EPOCH);

	private final AtomicReference<State> state = new AtomicReference<>(UNKNOWN);

	private final Sinks.Many<Long> changes = Sinks.many().multicast().directBestEffort();

	/**
	 * Returns the current version.
	 * @return the version
	 */
	public long current() {
		return this.state.get().version();
	}

	/**
	 * Returns when the data last changed.
	 * @return the time of the last change
	 */
	public Instant lastModified() {
		return this.state.get().changedAt();
	}

	/**
	 * Returns what tells this database's versions from another's.
	 * @return the epoch of the database
	 */
	public UUID epoch() {
		return this.state.get().epoch();
	}

	/**
	 * Records a version that the database holds; an older one than the current is
	 * ignored, unless it comes from another database.
	 * @param epoch the database's epoch
	 * @param version the version
	 * @param changedAt when the data changed to it
	 * @return the current version afterwards
	 */
	public long observe(UUID epoch, long version, Instant changedAt) {
		State seen = new State(epoch, version, changedAt);
		State before = this.state.getAndUpdate(
				(current) -> (!current.epoch().equals(epoch) || version > current.version()) ? seen : current);
		State after = this.state.get();
		if (after != before && before != UNKNOWN) {
			this.changes.tryEmitNext(after.version());
		}
		return after.version();
	}

	/**
	 * Returns the versions this instance sees from now on, as the data changes (through
	 * this instance or another one on the same database).
	 * @return the new versions, as they are seen
	 */
	public Flux<Long> changes() {
		return this.changes.asFlux();
	}

	private record State(UUID epoch, long version, Instant changedAt) {

	}

}
