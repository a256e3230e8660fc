package org.spmawards.api.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own metrics ({@code spm.metrics.*}).
 *
 * @param maxOperationNames how many distinct operation names are tagged in the request
 * metrics; the others are tagged together, so that clients cannot grow them without end
 */
@ConfigurationProperties("spm.metrics")
public record MetricsProperties(@DefaultValue("200") int maxOperationNames) {

}
