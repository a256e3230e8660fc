package org.spmawards.api.data;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.Connection;
import org.spmawards.api.support.Pagination;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.imports.DataRevision;
import org.spmawards.persistence.imports.DataRevisionRepository;
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

	private final Pagination pagination;

	DataController(DatasetRepository datasets, DataRevisionRepository revisions, Pagination pagination) {
		this.datasets = datasets;
		this.revisions = revisions;
		this.pagination = pagination;
	}

	@QueryMapping
	Mono<Dataset> dataset() {
		return this.datasets.find();
	}

	@QueryMapping
	Mono<Connection<DataRevision>> dataRevisions(@Argument @Nullable Integer fiscalYear,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before) {
		return this.pagination.connection(first, after, last, before,
				(slice) -> this.revisions.findPage(fiscalYear, slice.offset(), slice.limit()));
	}

}
