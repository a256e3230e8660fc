package org.spmawards.api.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The response cache ({@code spm.graphql.response-cache.*}).
 *
 * @param enabled whether repeated queries are answered from memory
 * @param maxMegabytes the most the answers kept may weigh, as the JSON they were sent as
 */
@ConfigurationProperties("spm.graphql.response-cache")
public record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32") long maxMegabytes) {

}
