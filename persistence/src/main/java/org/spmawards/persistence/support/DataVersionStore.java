package org.spmawards.persistence.support;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The data version as the database stores it. A change advances it in its own
 * transaction, which also notifies every instance on the database
 * ({@code NOTIFY spm_data_changed}, delivered at commit, see {@link DataChangeListener});
 * once that transaction committed, {@link #refresh()} makes the instance's
 * {@link DataVersion} see it.
 */
@Component
public class DataVersionStore {

	private final DatabaseClient database;

	private final DataVersion dataVersion;

	public DataVersionStore(DatabaseClient database, DataVersion dataVersion) {
		this.database = database;
		this.dataVersion = dataVersion;
	}

	/**
	 * Advances the stored version; call it in the transaction that changes data.
	 * @param kind what kind of data changed (see {@link DataChange#kind()})
	 * @param fiscalYear the fiscal year that changed
	 * @return completes once advanced
	 */
	public Mono<Void> advance(String kind, int fiscalYear) {
		return this.database
			.sql("with advanced as (update data_version set version = version + 1, changed_at = clock_timestamp(),"
					+ " kind = :kind, fiscal_year = :fiscalYear returning version) select pg_notify('"
					+ DataChangeListener.CHANNEL + "', version::text) from advanced")
			.bind("kind", kind)
			.bind("fiscalYear", fiscalYear)
			.then();
	}

	/**
	 * Reads the stored version into the instance's {@link DataVersion}.
	 * @return the current version afterwards
	 */
	public Mono<Long> refresh() {
		return this.database.sql("select epoch, version, changed_at, kind, fiscal_year from data_version")
			.map((row) -> this.dataVersion.observe(Objects.requireNonNull(row.get("epoch", UUID.class)),
					Objects.requireNonNull(row.get("version", Long.class)),
					Objects.requireNonNull(row.get("changed_at", OffsetDateTime.class)).toInstant(),
					row.get("kind", String.class), row.get("fiscal_year", Integer.class)))
			.one();
	}

}
