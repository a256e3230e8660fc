package org.spmawards.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * Measures a query before it runs, its depth and its price, refuses it over either limit
 * with a BAD_REQUEST that says by how much, and reports the price of every answer it
 * computes in {@code extensions.cost}: {@code {"complexity": 161, "limit": 5000}}. The
 * depth counts every level of fields, the leaves included, but those of an introspection
 * (graphql-java's good-faith introspection bounds them); the price is that of
 * {@link ConnectionComplexityCalculator}: what each field does in the database, times the
 * items of a page, summed over aliases.
 * <p>
 * Both depend only on the document, the operation and the variables, so they are measured
 * once for each such combination and remembered (the most recently used, bounded by the
 * length of their variables): a repeated request costs a lookup, not two walks of its
 * document.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	/**
	 * How much the remembered measures may weigh: about 100 characters for each, plus the
	 * length of its variables written out (so that large variables cannot fill the heap).
	 */
	private static final long REMEMBERED_CHARACTERS = 2_000_000;

	/** The root fields of an introspection. */
	private static final Set<String> INTROSPECTION = Set.of("__schema", "__type");

	private final int maxDepth;

	private final int maxComplexity;

	private final ConnectionComplexityCalculator calculator = new ConnectionComplexityCalculator();

	/** A number for each document in use, dropped with the document. */
	private final Cache<Document, Long> documents = Caffeine.newBuilder().weakKeys().build();

	private final AtomicLong lastDocument = new AtomicLong();

	private final Cache<Operation, Measure> measures = Caffeine.newBuilder()
		.maximumWeight(REMEMBERED_CHARACTERS)
		.weigher((Operation operation, Measure measure) -> 100 + operation.variables().toString().length())
		.build();

	QueryLimitsInstrumentation(int maxDepth, int maxComplexity) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Cost());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		long document = this.documents.get(execution.getDocument(), (key) -> this.lastDocument.incrementAndGet());
		Operation operation = new Operation(document, execution.getExecutionInput().getOperationName(),
				execution.getExecutionInput().getRawVariables().toMap());
		Measure measure = this.measures.get(operation, (key) -> measure(execution));
		if (measure.depth() > this.maxDepth) {
			throw tooMuch(
					"The query is nested " + measure.depth() + " levels deep; at most " + this.maxDepth
							+ " are allowed (spm.graphql.limits.max-depth)",
					"maxDepth", this.maxDepth, measure.depth());
		}
		if (state instanceof Cost cost) {
			cost.complexity = measure.complexity();
		}
		if (measure.complexity() > this.maxComplexity) {
			throw tooMuch("The query's complexity is " + measure.complexity() + "; at most " + this.maxComplexity
					+ " is allowed (spm.graphql.limits.max-complexity). Each field counts 1, what a connection"
					+ " selects counts once per item of its page, a custom query or statistic counts what it asks"
					+ " of the database (more with each condition, order and grouping), and aliases add up: ask for"
					+ " fewer fields, fewer aliases or smaller pages", "maxComplexity", this.maxComplexity,
					measure.complexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private Measure measure(ExecutionContext execution) {
		int depth = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.reducePreOrder((field, deepest) -> Math.max(depth(field), deepest), 0);
		if (depth > this.maxDepth) {
			// refused for its depth: its price is not worth computing
			return new Measure(depth, -1);
		}
		int complexity = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(this.calculator)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		return new Measure(depth, complexity);
	}

	/**
	 * The depth of a field, or 0 within an introspection ({@code __schema},
	 * {@code __type}): tools introspect deeper than the limit, and graphql-java's
	 * good-faith introspection bounds introspection instead.
	 */
	private static int depth(QueryVisitorFieldEnvironment field) {
		int depth = 0;
		for (QueryVisitorFieldEnvironment each = field; each != null; each = each.getParentEnvironment()) {
			if (each.getParentEnvironment() == null && INTROSPECTION.contains(each.getField().getName())) {
				return 0;
			}
			depth++;
		}
		return depth;
	}

	private static AbortExecutionException tooMuch(String message, String limit, int allowed, int actual) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("limit", limit, "allowed", allowed, "actual", actual))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Cost cost) || cost.complexity < 0) {
			return CompletableFuture.completedFuture(result);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cost", Map.of("complexity", cost.complexity, "limit", this.maxComplexity));
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.extensions(extensions)));
	}

	/**
	 * What a measure depends on: the document by its number (the document cache hands out
	 * the same parsed document for the same text; one parsed anew is measured anew), the
	 * operation's name and the variables.
	 */
	private record Operation(long document, @Nullable String name, Map<String, Object> variables) {

	}

	/** The depth and price of an operation; the price is -1 when the depth refused it. */
	private record Measure(int depth, int complexity) {

	}

	/** The price of one request, once known. */
	private static final class Cost implements InstrumentationState {

		private volatile int complexity = -1;

	}

}
