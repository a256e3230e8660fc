package org.spmawards.api.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.ExecutionContext;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Tags the {@code graphql.request} metric with the operation's name
 * ({@code graphql.operation.name}), which Spring for GraphQL keeps for traces only. The
 * names come from clients, so they are bounded: the first {@code maxNames} distinct names
 * are kept and every later one counts as {@code other}; an operation without a name is
 * {@code anonymous}. A persisted query is named by its document.
 */
final class OperationNameConvention extends DefaultExecutionRequestObservationConvention {

	static final String KEY = "graphql.operation.name";

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	private final int maxNames;

	OperationNameConvention(int maxNames) {
		this.maxNames = maxNames;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(KeyValue.of(KEY, bounded(name(context))));
	}

	private static String name(ExecutionRequestObservationContext context) {
		ExecutionContext execution = context.getExecutionContext();
		if (execution != null && execution.getOperationDefinition().getName() != null) {
			return execution.getOperationDefinition().getName();
		}
		String requested = context.getExecutionInput().getOperationName();
		return (requested != null && !requested.isBlank()) ? requested : "anonymous";
	}

	private String bounded(String name) {
		if (this.names.contains(name)) {
			return name;
		}
		if (this.names.size() < this.maxNames) {
			this.names.add(name);
			return name;
		}
		return "other";
	}

}
