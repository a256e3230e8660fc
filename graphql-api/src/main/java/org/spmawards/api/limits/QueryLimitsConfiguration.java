package org.spmawards.api.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import org.spmawards.persistence.support.StatementCancellation;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Refuses a query that is too long, too deep or too complex before it reaches the
 * database, with a BAD_REQUEST error that says which limit and by how much; and caches
 * parsed and validated documents so that a repeated query is not parsed again (behind the
 * persisted queries, which hand documents to that cache).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsProperties.class)
class QueryLimitsConfiguration {

	@Bean
	QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimitsProperties limits) {
		return new QueryLimitsInstrumentation(limits.maxDepth(), limits.maxComplexity());
	}

	@Bean
	CachingDocumentProvider cachingDocumentProvider(QueryLimitsProperties limits) {
		return new CachingDocumentProvider(limits.documentCacheSize());
	}

	/**
	 * The budget of a whole request: past it, the request is answered with a
	 * REQUEST_TIMEOUT error, and the statements it still runs are cancelled in
	 * PostgreSQL, as they are when its client goes away. First in the chain after the
	 * response cache, so that the budget covers everything that runs the query.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	WebGraphQlInterceptor requestBudgetInterceptor(QueryLimitsProperties limits) {
		Duration budget = limits.requestTimeout();
		return (request, chain) -> StatementCancellation.limited(chain.next(request), budget)
			.onErrorResume(TimeoutException.class, (ex) -> Mono.just(overBudget(request, budget)));
	}

	private static WebGraphQlResponse overBudget(WebGraphQlRequest request, Duration budget) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The request ran longer than " + budget.toMillis() + " ms, the most one may run"
					+ " (spm.graphql.limits.request-timeout), and was stopped with every statement it had started: ask"
					+ " for less in one request (fewer aliases, narrower filters, smaller pages)")
			.extensions(Map.of("code", "REQUEST_TIMEOUT", "budgetMillis", budget.toMillis()))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().addError(error).build()));
	}

	@Bean
	WebGraphQlInterceptor parserLimitsInterceptor(QueryLimitsProperties limits) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform((builder) -> builder.maxCharacters(limits.maxCharacters()).maxTokens(limits.maxTokens()));
		return (request, chain) -> {
			request.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(ParserOptions.class, options)).build());
			return chain.next(request);
		};
	}

}
