package org.spmawards.persistence.query;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on journalists' custom queries ({@code spm.query.*}).
 *
 * @param maxDepth how deeply {@code and}, {@code or} and {@code not} may nest
 * @param maxInValues how many values one {@code in} or {@code notIn} list may hold
 * @param maxCost the most a filter may cost: each condition counts 1, and each value of
 * an {@code in} or {@code notIn} list 1 more
 * @param statementTimeout how long one statement may run before PostgreSQL cancels it (at
 * least a millisecond)
 */
@ConfigurationProperties("spm.query")
public record CustomQueryProperties(@DefaultValue("5") int maxDepth, @DefaultValue("100") int maxInValues,
		@DefaultValue("200") int maxCost, @DefaultValue("5s") Duration statementTimeout) {

}
