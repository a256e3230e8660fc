package org.spmawards.api.limits;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.parser.ParserOptions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

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
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return tooMuch("The query is nested " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (spm.graphql.limits.max-depth)", "maxDepth", maxDepth, depth);
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new ConnectionComplexityCalculator()) {

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return tooMuch("The query's complexity is " + complexity + "; at most " + maxComplexity
						+ " is allowed (spm.graphql.limits.max-complexity). Each field counts 1, and what a connection"
						+ " selects counts once per item of its page: ask for fewer fields, fewer aliases or smaller"
						+ " pages", "maxComplexity", maxComplexity, complexity);
			}

		};
	}

	@Bean
	CachingDocumentProvider cachingDocumentProvider(QueryLimitsProperties limits) {
		return new CachingDocumentProvider(limits.documentCacheSize());
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

	private static AbortExecutionException tooMuch(String message, String limit, int allowed, int actual) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(java.util.Map.of("limit", limit, "allowed", allowed, "actual", actual))
			.build();
		return new AbortExecutionException(List.of(error));
	}

}
