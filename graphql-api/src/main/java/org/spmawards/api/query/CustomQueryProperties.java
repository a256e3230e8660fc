package org.spmawards.api.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on journalists' filters, set with {@code spm.query.*}; the statement timeout
 * ({@code spm.query.statement-timeout}, 5s) is applied by the database.
 *
 * @param maxDepth how deeply {@code and}, {@code or} and {@code not} may nest
 * @param maxInValues how many values one {@code in} or {@code notIn} list may hold
 * @param maxCost the most a filter may cost: each condition counts 1, and each value of
 * an {@code in} or {@code notIn} list 1 more
 */
@ConfigurationProperties("spm.query")
public record CustomQueryProperties(@DefaultValue("5") int maxDepth, @DefaultValue("100") int maxInValues,
		@DefaultValue("200") int maxCost) {

}
