package org.spmawards.persistence.support;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change of the data, as an instance learns of it.
 *
 * @param version the data version it made
 * @param kind what changed: {@code ACHIEVEMENTS} or {@code INDEX_VALUES} (an import), or
 * {@code RECOMPUTED} (index values recomputed without an import); {@code null} if not
 * known
 * @param fiscalYear the fiscal year that changed, or {@code null} if not known
 * @param changedAt when it was committed
 */
public record DataChange(long version, @Nullable String kind, @Nullable Integer fiscalYear, Instant changedAt) {

}
