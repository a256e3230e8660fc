package org.spmawards.persistence.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of an import of official data ({@code spm.imports.*}).
 *
 * @param maxBytes the largest file, in bytes
 * @param maxDeletedShare the largest share of a year's rows an import may delete without
 * {@code replaceYear=true}
 * @param timeBudget the longest a whole import may take: reading the file, waiting for
 * the year's lock and every statement
 */
@ConfigurationProperties("spm.imports")
public record ImportProperties(@DefaultValue("268435456") long maxBytes, @DefaultValue("0.5") double maxDeletedShare,
		@DefaultValue("2m") Duration timeBudget) {

}
