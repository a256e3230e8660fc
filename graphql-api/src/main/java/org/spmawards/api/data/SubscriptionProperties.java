package org.spmawards.api.data;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many live subscribers one instance serves ({@code spm.graphql.max-subscribers}).
 *
 * @param maxSubscribers the most {@code dataChanged} subscribers at once, over every
 * connection and both transports
 */
@ConfigurationProperties("spm.graphql")
public record SubscriptionProperties(@DefaultValue("1000") int maxSubscribers) {

}
