package org.spmawards.persistence.index;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How index values are ranked ({@code spm.index.*}).
 *
 * @param minimumCompleteness the least share (0 to 1) of the services a region owes that
 * a computed index must be computed from to be ranked and counted in statistics; 1, the
 * default, ranks only complete computed values
 */
@ConfigurationProperties("spm.index")
public record IndexProperties(@DefaultValue("1") BigDecimal minimumCompleteness) {

	public IndexProperties {
		if (minimumCompleteness.signum() < 0 || minimumCompleteness.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("spm.index.minimum-completeness is a share from 0 to 1, not "
					+ minimumCompleteness.toPlainString());
		}
	}

}
