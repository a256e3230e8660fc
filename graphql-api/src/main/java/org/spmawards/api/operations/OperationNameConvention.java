package org.spmawards.api.operations;

import java.util.Locale;
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
 * {@code anonymous}. A persisted query is named by its document. Its span is named and
 * described as OpenTelemetry's GraphQL conventions say.
 */
final class OperationNameConvention extends DefaultExecutionRequestObservationConvention {

	static final String KEY = "graphql.operation.name";

	private static final String TYPE = "graphql.operation.type";

	private static final String DOCUMENT = "graphql.document";

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	private final int maxNames;

	OperationNameConvention(int maxNames) {
		this.maxNames = maxNames;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(KeyValue.of(KEY, bounded(name(context))));
	}

	/**
	 * The span's name as OpenTelemetry's GraphQL conventions give it: the operation's
	 * type and name ({@code query RankingTable}), or its type alone.
	 */
	@Override
	public String getContextualName(ExecutionRequestObservationContext context) {
		ExecutionContext execution = context.getExecutionContext();
		if (execution == null) {
			return "GraphQL Operation";
		}
		String type = type(execution);
		String name = execution.getOperationDefinition().getName();
		return (name != null) ? type + " " + name : type;
	}

	/**
	 * The operation's name (not bounded: Spring's would be its type), type and document,
	 * for the span only.
	 */
	@Override
	public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
		KeyValues values = super.getHighCardinalityKeyValues(context).and(KeyValue.of(KEY, name(context)),
				KeyValue.of(DOCUMENT, context.getExecutionInput().getQuery()));
		ExecutionContext execution = context.getExecutionContext();
		return (execution != null) ? values.and(KeyValue.of(TYPE, type(execution))) : values;
	}

	private static String type(ExecutionContext execution) {
		return execution.getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT);
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
