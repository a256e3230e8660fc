package org.spmawards.api.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.cache.ResponseCache;
import org.spmawards.api.paging.Connection;
import org.spmawards.api.paging.Pagination;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.imports.DataRevision;
import org.spmawards.persistence.imports.DataRevisionRepository;
import org.spmawards.persistence.replica.ReadReplica;
import org.spmawards.persistence.replica.ReadReplicas;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves what data the service holds, the replicas it reads from, and the revisions of
 * its imports.
 */
@Controller
class DataController {

	private final DatasetRepository datasets;

	private final DataRevisionRepository revisions;

	private final Pagination pagination;

	private final ReadReplicas replicas;

	DataController(DatasetRepository datasets, DataRevisionRepository revisions, Pagination pagination,
			ReadReplicas replicas) {
		this.datasets = datasets;
		this.replicas = replicas;
		this.revisions = revisions;
		this.pagination = pagination;
	}

	@QueryMapping
	Mono<Dataset> dataset() {
		return this.datasets.find();
	}

	@SchemaMapping(typeName = "Dataset")
	List<ReadReplicaView> readReplicas(GraphQLContext context) {
		// the replicas' state changes between two data versions
		ResponseCache.doNotKeep(context);
		return this.replicas.all().stream().map((replica) -> ReadReplicaView.of(replica, this.replicas)).toList();
	}

	@QueryMapping
	Mono<Connection<DataRevision>> dataRevisions(@Argument @Nullable Integer fiscalYear,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		return this.pagination.connection(environment, first, after, last, before,
				(slice) -> this.revisions.findPage(fiscalYear, slice.offset(), slice.limit()));
	}

	/** A replica as the schema shows it. */
	record ReadReplicaView(String name, boolean available, boolean caughtUp, @Nullable Long dataVersion,
			@Nullable Double replayLagSeconds, @Nullable OffsetDateTime checkedAt) {

		static ReadReplicaView of(ReadReplica replica, ReadReplicas replicas) {
			long version = replica.dataVersion();
			return new ReadReplicaView(replica.name(), replica.available(), replicas.caughtUp(replica),
					(version >= 0) ? version : null,
					(replica.replayLag() != null) ? replica.replayLag().toMillis() / 1000.0 : null,
					(replica.checkedAt() != null) ? replica.checkedAt().atOffset(ZoneOffset.UTC) : null);
		}

	}

}
