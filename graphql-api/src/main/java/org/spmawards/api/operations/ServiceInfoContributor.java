package org.spmawards.api.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.imports.DataRevisionRepository;
import org.spmawards.persistence.support.DataVersion;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * What {@code /actuator/info} says about the data beside the build and commit: the
 * dataset kind, the data version and when the data last changed, and the last import.
 */
@Component
class ServiceInfoContributor implements InfoContributor {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final DatasetRepository datasets;

	private final DataVersion dataVersion;

	private final DataRevisionRepository revisions;

	ServiceInfoContributor(DatasetRepository datasets, DataVersion dataVersion, DataRevisionRepository revisions) {
		this.datasets = datasets;
		this.dataVersion = dataVersion;
		this.revisions = revisions;
	}

	@Override
	public void contribute(Info.Builder builder) {
		// actuator calls a contributor off the event loop, so it may wait for the
		// database
		Dataset dataset = this.datasets.find().block(TIMEOUT);
		Optional<Instant> lastImport = this.revisions.findLastImportedAt().blockOptional(TIMEOUT);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("dataset", (dataset != null) ? dataset.kind().name() : null);
		data.put("version", this.dataVersion.current());
		data.put("changedAt", this.dataVersion.lastModified().toString());
		data.put("lastImport", lastImport.map(Instant::toString).orElse(null));
		builder.withDetail("data", data);
	}

}
