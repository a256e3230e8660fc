package org.spmawards.persistence.dataset;

import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and claims the kind of data a database holds.
 */
@Repository
public class DatasetRepository {

	private final DatabaseClient database;

	public DatasetRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Reads what the database holds.
	 * @return the dataset, or empty before the service first started on the database
	 */
	public Mono<Dataset> find() {
		return this.database.sql("select kind, description from dataset")
			.map((row) -> new Dataset(DatasetKind.valueOf(Rows.string(row, "kind")), Rows.string(row, "description")))
			.one();
	}

	/**
	 * Marks the database as holding the given data, unless it is marked already (a demo
	 * database gets the description of the current settings).
	 * @param dataset the data the service was started for
	 * @return the data the database holds
	 * @throws IllegalStateException (as the error) if it holds the other kind
	 */
	public Mono<Dataset> claim(Dataset dataset) {
		return this.database
			.sql("insert into dataset (id, kind, description, created_at) values (true, :kind, :description, now())"
					+ " on conflict (id) do update set description = excluded.description"
					+ " where dataset.kind = excluded.kind")
			.bind("kind", dataset.kind().name())
			.bind("description", dataset.description())
			.then()
			.then(find())
			.flatMap((held) -> (held.kind() == dataset.kind()) ? Mono.just(held)
					: Mono.error(new IllegalStateException("This database holds the " + held.kind()
							+ " dataset, but the service was started for the " + dataset.kind()
							+ " dataset (spm.dataset). Demo data and real data never share a database: use another"
							+ " database, or start with --spm.dataset=" + held.kind().name().toLowerCase())));
	}

}
