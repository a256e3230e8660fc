package org.spmawards.persistence.config;

import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.dataset.DemoDatasetLoader;
import org.spmawards.persistence.dataset.DatasetProperties;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersionStore;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * What the service does with its database once migrated and before its first request.
 */
@Component
public class StartupTasks {

	static final Dataset OFFICIAL = new Dataset(DatasetKind.OFFICIAL,
			"OFFICIAL: curated facts from public sources and official imports; every value carries its provenance.");

	private final DatasetProperties settings;

	private final DatasetRepository datasets;

	private final DemoDatasetLoader demoLoader;

	private final IndexRefresher indexRefresher;

	private final ReferenceDataCache referenceData;

	private final DataVersionStore dataVersion;

	private final DatabaseClient database;

	public StartupTasks(DatasetProperties settings, DatasetRepository datasets, DemoDatasetLoader demoLoader,
			IndexRefresher indexRefresher, ReferenceDataCache referenceData, DataVersionStore dataVersion,
			DatabaseClient database) {
		this.dataVersion = dataVersion;
		this.database = database;
		this.referenceData = referenceData;
		this.settings = settings;
		this.datasets = datasets;
		this.demoLoader = demoLoader;
		this.indexRefresher = indexRefresher;
	}

	Mono<Void> run() {
		boolean demo = this.settings.kind() == DatasetKind.DEMO;
		Dataset dataset = demo ? DemoDatasetLoader.describe(this.settings.demo()) : OFFICIAL;
		// the fiscal years a migration or a changed setting asks for are recomputed
		// before the demo dataset is generated, which computes each of its years as
		// it writes it: the other way round, a new demo database computed every year
		// twice
		Mono<Long> written = this.indexRefresher.refreshRequested()
			.count()
			.flatMap((refreshed) -> demo
					? this.demoLoader.load(this.settings.demo()).count().map((generated) -> refreshed + generated)
					: Mono.just(refreshed));
		// the reference data depends on neither the index values nor the demo dataset:
		// loaded meanwhile
		return this.datasets.claim(dataset)
			.then(Mono.when(this.referenceData.get(),
					written.filter((years) -> years > 0).flatMap((years) -> vacuum())))
			.then(this.dataVersion.refresh().then());
	}

	/**
	 * Reclaims the rows that recomputing or generating fiscal years replaced (an index
	 * refresh rewrites every index value of a year and the derived columns of its
	 * achievements), sets the visibility map and refreshes the planner's statistics (so
	 * that it picks the indexes for the new rows), as autovacuum would in time: until
	 * then every read walks past the dead versions (a ranking page's index scan read 124
	 * pages instead of 7).
	 */
	private Mono<Void> vacuum() {
		return this.database.sql("vacuum (analyze) index_value, service_achievement").then();
	}

}
