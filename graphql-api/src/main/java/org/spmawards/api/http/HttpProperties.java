package org.spmawards.api.http;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service answers browsers and HTTP caches ({@code spm.http.*}).
 *
 * @param allowedOrigins the origins whose pages may read the public endpoints; {@code *},
 * the default, suits open data (no credentials are ever allowed)
 * @param maxAge how long a browser or CDN may reuse an answer without asking again
 * @param staleWhileRevalidate how long after that it may still serve it while it asks
 * @param trustedDocumentsOnly run only the trusted documents ({@code graphql-documents/})
 * @param persistedQueryCacheSize how many documents sent by clients with their hash are
 * remembered
 */
@ConfigurationProperties("spm.http")
public record HttpProperties(@DefaultValue("*") List<String> allowedOrigins, @DefaultValue("60s") Duration maxAge,
		@DefaultValue("300s") Duration staleWhileRevalidate, @DefaultValue("false") boolean trustedDocumentsOnly,
		@DefaultValue("1000") int persistedQueryCacheSize) {

}
