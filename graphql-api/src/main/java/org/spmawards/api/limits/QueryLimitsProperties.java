package org.spmawards.api.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on one GraphQL request, set with {@code spm.graphql.limits.*}.
 *
 * @param maxDepth the deepest nesting of fields a query may have
 * @param maxComplexity the highest complexity a query may have: each field counts 1, and
 * what a connection field selects counts once per item it may return ({@code first}, 20
 * if not given)
 * @param maxCharacters the longest query text, in characters
 * @param maxTokens the most tokens a query text may have
 * @param documentCacheSize how many parsed and validated queries are kept
 * @param requestTimeout the longest a request may run, all its statements together: then
 * it is answered with a REQUEST_TIMEOUT error and the statements it still runs are
 * cancelled in PostgreSQL
 */
@ConfigurationProperties("spm.graphql.limits")
public record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("20000") int maxCharacters, @DefaultValue("5000") int maxTokens,
		@DefaultValue("1000") int documentCacheSize, @DefaultValue("10s") Duration requestTimeout) {

}
