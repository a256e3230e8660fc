package org.spmawards.persistence.test;

import org.spmawards.persistence.index.IndexRefresher;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Puts a test database back to the curated data alone: no achievements, no imported index
 * values, no revisions, and the indexes of every assessed fiscal year recomputed from
 * what is left.
 */
public final class ImportedData {

	private ImportedData() {
	}

	/**
	 * Removes every imported or reported row and recomputes the indexes.
	 * @param database the test database
	 * @param refresher the refresher
	 */
	public static void clear(DatabaseClient database, IndexRefresher refresher) {
		database
			.sql("delete from service_achievement; delete from data_revision;"
					+ " delete from published_index_value where source_kind = 'IMPORTED'")
			.then()
			.thenMany(database.sql("select fiscal_year from award_edition order by fiscal_year")
				.map((row) -> row.get("fiscal_year", Integer.class))
				.all())
			.concatMap((fiscalYear) -> refresher.refresh(fiscalYear))
			.then()
			.block();
	}

}
