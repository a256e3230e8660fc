package org.spmawards.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * Prices a query before it runs, refuses it over the limit with a BAD_REQUEST that says
 * by how much, and reports the price of every answer it computes in
 * {@code extensions.cost}: {@code {"complexity": 161, "limit": 5000}}. The price is that
 * of {@link ConnectionComplexityCalculator}: what each field does in the database, times
 * the items of a page, summed over aliases.
 */
class QueryCostInstrumentation extends SimplePerformantInstrumentation {

	private final int maxComplexity;

	private final ConnectionComplexityCalculator calculator = new ConnectionComplexityCalculator();

	QueryCostInstrumentation(int maxComplexity) {
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
		int complexity = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(this.calculator)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		if (state instanceof Cost cost) {
			cost.complexity = complexity;
		}
		if (complexity > this.maxComplexity) {
			throw tooComplex(complexity);
		}
		return SimpleInstrumentationContext.noOp();
	}

	private AbortExecutionException tooComplex(int complexity) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The query's complexity is " + complexity + "; at most " + this.maxComplexity
					+ " is allowed (spm.graphql.limits.max-complexity). Each field counts 1, what a connection"
					+ " selects counts once per item of its page, a custom query or statistic counts what it asks"
					+ " of the database (more with each condition, order and grouping), and aliases add up: ask for"
					+ " fewer fields, fewer aliases or smaller pages")
			.extensions(Map.of("limit", "maxComplexity", "allowed", this.maxComplexity, "actual", complexity))
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

	/** The price of one request, once known. */
	private static final class Cost implements InstrumentationState {

		private volatile int complexity = -1;

	}

}
