package org.spmawards.api.data;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.imports.DataRevision;
import org.spmawards.persistence.imports.DataRevisionRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves what data the service holds and the revisions of its imports.
 */
@Controller
class DataController {

	private final DatasetRepository datasets;

	private final DataRevisionRepository revisions;

	DataController(DatasetRepository datasets, DataRevisionRepository revisions) {
		this.datasets = datasets;
		this.revisions = revisions;
	}

	@QueryMapping
	Mono<Dataset> dataset() {
		return this.datasets.find();
	}

	@QueryMapping
	Flux<DataRevision> dataRevisions(@Argument @Nullable Integer fiscalYear) {
		return this.revisions.findAll(fiscalYear);
	}

}
