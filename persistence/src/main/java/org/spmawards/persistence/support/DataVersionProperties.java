package org.spmawards.persistence.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance keeps its data version in step with the database
 * ({@code spm.data-version.*}).
 *
 * @param checkInterval how often the stored version is read, besides the notifications
 */
@ConfigurationProperties("spm.data-version")
public record DataVersionProperties(@DefaultValue("5s") Duration checkInterval) {

}
