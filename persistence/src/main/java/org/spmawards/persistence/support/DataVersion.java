package org.spmawards.persistence.support;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * A number that grows each time committed data changes (an import, the demo dataset's
 * generation). Caches of query results key their entries by it, so that an entry made
 * from older data is never served once the data has changed, even when the query that
 * made it was still running at the time.
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong();

	/**
	 * Returns the current version.
	 * @return the version
	 */
	public long current() {
		return this.version.get();
	}

	/**
	 * Records that committed data has changed; call it after the transaction committed.
	 * @return the new version
	 */
	public long changed() {
		return this.version.incrementAndGet();
	}

}
