package org.spmawards.persistence.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;
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

	private static final State UNKNOWN = new State(new UUID(0, 0), 0, Instant.EPOCH, null, null, 0, Map.of());

	private final AtomicReference<State> state = new AtomicReference<>(UNKNOWN);

	private final Sinks.Many<DataChange> changes = Sinks.many().multicast().directBestEffort();

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
		return observe(epoch, version, changedAt, null, null);
	}

	/**
	 * Records a version that the database holds, with what changed to make it; an older
	 * one than the current is ignored, unless it comes from another database.
	 * @param epoch the database's epoch
	 * @param version the version
	 * @param changedAt when the data changed to it
	 * @param kind what kind of data changed, or {@code null}
	 * @param fiscalYear the fiscal year that changed, or {@code null}
	 * @return the current version afterwards
	 */
	public long observe(UUID epoch, long version, Instant changedAt, @Nullable String kind,
			@Nullable Integer fiscalYear) {
		AtomicReference<State> next = new AtomicReference<>();
		State before = this.state.getAndUpdate((current) -> {
			if (current.epoch().equals(epoch) && version <= current.version()) {
				return current;
			}
			next.set(current.next(epoch, version, changedAt, kind, fiscalYear));
			return next.get();
		});
		boolean advanced = !before.epoch().equals(epoch) || version > before.version();
		if (advanced && before != UNKNOWN) {
			// the listener, the periodic check and an import may each see a new version
			// at the same moment: the changes are told one at a time, none dropped (a
			// subscriber without demand misses it, as it would anyway)
			State seen = Objects.requireNonNull(next.get());
			DataChange change = new DataChange(seen.version(), seen.kind(), seen.fiscalYear(), seen.changedAt());
			Sinks.EmitFailureHandler concurrent = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));
			Sinks.EmitResult result = this.changes.tryEmitNext(change);
			while (result.isFailure() && concurrent.onEmitFailure(SignalType.ON_NEXT, result)) {
				result = this.changes.tryEmitNext(change);
			}
		}
		return this.state.get().version();
	}

	/**
	 * Returns the changes this instance sees from now on, as the data changes (through
	 * this instance or another one on the same database).
	 * @return the changes, as they are seen
	 */
	public Flux<DataChange> changes() {
		return this.changes.asFlux();
	}

	/**
	 * Returns the version of the data a read of this scope covers: the last version that
	 * changed one of its fiscal years, or a change whose years are not known here (the
	 * first version seen, another database's, or a step over versions this instance did
	 * not see one by one); for every year, the current version. An answer made at a
	 * version at or after it still holds.
	 * @param scope what was read
	 * @return the version of that part of the data
	 */
	public long versionOf(DataScope scope) {
		State current = this.state.get();
		Set<Integer> years = scope.fiscalYearsRead();
		if (years == null) {
			return current.version();
		}
		long version = current.unknownChange();
		for (Integer year : years) {
			version = Math.max(version, current.yearChanges().getOrDefault(year, 0L));
		}
		return version;
	}

	/**
	 * A version, with the last change of each fiscal year that this instance saw change
	 * one version at a time, and the last change whose fiscal year it does not know.
	 */
	private record State(UUID epoch, long version, Instant changedAt, @Nullable String kind,
			@Nullable Integer fiscalYear, long unknownChange, Map<Integer, Long> yearChanges) {

		State next(UUID epoch, long version, Instant changedAt, @Nullable String kind, @Nullable Integer fiscalYear) {
			boolean oneStep = this.epoch.equals(epoch) && version == this.version + 1 && this != UNKNOWN;
			if (!oneStep || fiscalYear == null) {
				return new State(epoch, version, changedAt, kind, fiscalYear, version, Map.of());
			}
			Map<Integer, Long> changes = new HashMap<>(this.yearChanges);
			changes.put(fiscalYear, version);
			return new State(epoch, version, changedAt, kind, fiscalYear, this.unknownChange, Map.copyOf(changes));
		}

	}

}
