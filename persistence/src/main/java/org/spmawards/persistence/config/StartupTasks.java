package org.spmawards.persistence.config;

import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.dataset.DemoDatasetLoader;
import org.spmawards.persistence.dataset.DemoSettings;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersionStore;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What the service does with its database once migrated and before its first request.
 */
@Component
public class StartupTasks {

	static final Dataset OFFICIAL = new Dataset(DatasetKind.OFFICIAL,
			"OFFICIAL: curated facts from public sources and official imports; every value carries its provenance.");

	private final DemoSettings settings;

	private final DatasetRepository datasets;

	private final DemoDatasetLoader demoLoader;

	private final IndexRefresher indexRefresher;

	private final ReferenceDataCache referenceData;

	private final DataVersionStore dataVersion;

	public StartupTasks(DemoSettings settings, DatasetRepository datasets, DemoDatasetLoader demoLoader,
			IndexRefresher indexRefresher, ReferenceDataCache referenceData, DataVersionStore dataVersion) {
		this.dataVersion = dataVersion;
		this.referenceData = referenceData;
		this.settings = settings;
		this.datasets = datasets;
		this.demoLoader = demoLoader;
		this.indexRefresher = indexRefresher;
	}

	Mono<Void> run() {
		boolean demo = this.settings.kind() == DatasetKind.DEMO;
		Dataset dataset = demo ? DemoDatasetLoader.describe(this.settings.demo()) : OFFICIAL;
		return this.datasets.claim(dataset)
			.then(demo ? this.demoLoader.load(this.settings.demo()).then() : Mono.empty())
			// the reference data does not depend on the index values: loaded meanwhile
			.then(Mono.when(this.indexRefresher.refreshRequested(), this.referenceData.get()))
			.then(this.dataVersion.refresh().then());
	}

}
