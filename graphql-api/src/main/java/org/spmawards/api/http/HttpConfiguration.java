package org.spmawards.api.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spmawards.api.limits.CachingDocumentProvider;
import org.spmawards.persistence.support.DataVersion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * What browsers and HTTP caches need: GraphQL over GET and POST with persisted queries,
 * CORS for the public endpoints (never for the admin ones), and HTTP caching of every
 * read a URL names.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpConfiguration {

	/**
	 * The read-only endpoints, which browsers on other origins may call and caches hold.
	 */
	static final List<String> PUBLIC_PATHS = List.of("/graphql", "/export", "/map", "/charts", "/embed", "/feeds",
			"/changes");

	@Bean
	TrustedDocuments trustedDocuments() {
		return TrustedDocuments.load();
	}

	@Bean
	PersistedDocuments persistedDocuments(CachingDocumentProvider documents, TrustedDocuments trusted,
			HttpProperties properties) {
		return new PersistedDocuments(documents, trusted, properties.trustedDocumentsOnly(),
				properties.persistedQueryCacheSize());
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedDocumentsCustomizer(PersistedDocuments persisted) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(persisted));
	}

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlHttpRouter(WebGraphQlHandler handler, JsonMapper json,
			PersistedDocuments persisted, GraphQlProperties graphQl,
			@Value("${spring.http.codecs.max-in-memory-size:256KB}") DataSize maxBody) {
		return new GraphQlHttpRoutes(handler, json, (int) maxBody.toBytes(), persisted)
			.routes(graphQl.getHttp().getPath());
	}

	@Bean
	RouterFunction<ServerResponse> trustedDocumentsRouter(TrustedDocuments trusted) {
		List<Map<String, String>> listed = trusted.all()
			.stream()
			.map((document) -> Map.of("name", document.name(), "sha256", document.sha256(), "documentId",
					document.documentId(), "document", document.text()))
			.toList();
		// graphql-codegen's persisted-documents.json: each id with the normal form it
		// hashes
		Map<String, String> manifest = new LinkedHashMap<>();
		trusted.all().forEach((document) -> manifest.put(document.documentId(), document.normalForm()));
		return RouterFunctions.route()
			.GET("/graphql/documents",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("documents", listed)))
			.GET("/graphql/persisted-documents.json",
					(request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(manifest))
			.build();
	}

	@Bean
	CorsWebFilter corsFilter(HttpProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		if (properties.allowedOrigins().contains(CorsConfiguration.ALL)) {
			// Access-Control-Allow-Origin: *, the same for every origin (and every cache)
			cors.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		}
		else {
			cors.setAllowedOriginPatterns(properties.allowedOrigins());
		}
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST"));
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_DISPOSITION,
				HttpHeaders.RETRY_AFTER));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : PUBLIC_PATHS) {
			source.registerCorsConfiguration(path, cors);
			source.registerCorsConfiguration(path + "/**", cors);
		}
		return new OrderedCorsWebFilter(source);
	}

	@Bean
	ReplicaReads replicaReads() {
		return new ReplicaReads(PUBLIC_PATHS);
	}

	@Bean
	HeadRequests headRequests() {
		return new HeadRequests();
	}

	@Bean
	MalformedRequests malformedRequests() {
		MalformedRequests.logDroppedErrors();
		return new MalformedRequests();
	}

	@Bean
	HttpCaching httpCaching(DataVersion dataVersion, HttpProperties properties) {
		return new HttpCaching(dataVersion, PUBLIC_PATHS, properties.maxAge(), properties.staleWhileRevalidate());
	}

	/** Runs before the caching filter, so that a preflight is answered first. */
	static final class OrderedCorsWebFilter extends CorsWebFilter implements Ordered {

		OrderedCorsWebFilter(UrlBasedCorsConfigurationSource source) {
			super(source);
		}

		@Override
		public int getOrder() {
			// after the request log
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

	}

}
