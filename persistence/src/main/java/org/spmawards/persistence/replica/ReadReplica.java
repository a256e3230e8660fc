package org.spmawards.persistence.replica;

import java.time.Duration;
import java.time.Instant;

import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One streaming replica: its connection pool and what was last seen of it.
 */
public final class ReadReplica {

	private static final Log logger = LogFactory.getLog(ReadReplica.class);

	private final String name;

	private final ConnectionFactory connections;

	private volatile boolean available;

	private volatile long dataVersion = -1;

	private volatile @Nullable Duration replayLag;

	private volatile @Nullable Instant checkedAt;

	ReadReplica(String name, ConnectionFactory connections) {
		this.name = name;
		this.connections = connections;
	}

	/**
	 * Returns the replica's address, without credentials.
	 * @return e.g. {@code postgres://replica:5432/spm}
	 */
	public String name() {
		return this.name;
	}

	ConnectionFactory connections() {
		return this.connections;
	}

	/**
	 * Returns whether the last check, or the last connection, reached the replica.
	 * @return whether it is available
	 */
	public boolean available() {
		return this.available;
	}

	/**
	 * Returns the data version the replica held at the last check.
	 * @return the version, or -1 before the first check
	 */
	public long dataVersion() {
		return this.dataVersion;
	}

	/**
	 * Returns how far the replica's replay was behind what it had received, at the last
	 * check: zero when it had replayed everything.
	 * @return the lag, or {@code null} when unknown
	 */
	public @Nullable Duration replayLag() {
		return this.replayLag;
	}

	/**
	 * Returns when the replica was last checked.
	 * @return the time, or {@code null} before the first check
	 */
	public @Nullable Instant checkedAt() {
		return this.checkedAt;
	}

	void checked(long dataVersion, @Nullable Duration replayLag) {
		if (!this.available && this.checkedAt != null) {
			logger.info("The read replica " + this + " answers again");
		}
		this.dataVersion = dataVersion;
		this.replayLag = replayLag;
		this.available = true;
		this.checkedAt = Instant.now();
	}

	/**
	 * The replica could not be reached: reads go elsewhere until a check reaches it.
	 * Logged once per outage.
	 */
	void unavailable(Throwable cause) {
		if (this.available || this.checkedAt == null) {
			logger.warn("The read replica " + this + " cannot be reached (" + cause.getClass().getSimpleName()
					+ "): reads go to the other replicas or the primary");
		}
		this.available = false;
		this.checkedAt = Instant.now();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
