package org.spmawards.api.http;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.spmawards.api.web.RequestNotes;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * HTTP caching of every read that a URL names: GraphQL over GET, the schema, the exports
 * and the maps. An answer carries a strong {@code ETag} made of the data version and the
 * request (its URL, {@code Accept} and whether it may be compressed),
 * {@code Cache-Control} with a max-age and {@code stale-while-revalidate}, and
 * {@code Last-Modified} from the last change of data. A request whose
 * {@code If-None-Match} (or, without it, {@code If-Modified-Since}) still holds gets 304
 * before anything is executed. Every import advances the data version, so the ETag
 * changes at once; but a GraphQL answer's ETag is made of the version of the data it read
 * (noted by the response cache, see {@link RequestNotes#dataVersion}), so it stays while
 * an import changes other fiscal years: a request whose ETag is not the current version's
 * is answered (from memory, mostly) and then, if its ETag still holds, given 304 without
 * the body.
 */
final class HttpCaching implements WebFilter {

	private static final String GRAPHQL = "/graphql";

	/** What an answer depends on besides its URL. */
	private static final List<String> VARY = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING);

	private final DataVersion dataVersion;

	private final List<String> paths;

	private final CacheControl cacheControl;

	HttpCaching(DataVersion dataVersion, List<String> paths, Duration maxAge, Duration staleWhileRevalidate) {
		this.dataVersion = dataVersion;
		this.paths = List.copyOf(paths);
		this.cacheControl = CacheControl.maxAge(maxAge).cachePublic().staleWhileRevalidate(staleWhileRevalidate);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		HttpMethod method = request.getMethod();
		if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || !cached(request.getPath().value())) {
			return chain.filter(exchange);
		}
		String etag = etag(request);
		Instant lastModified = this.dataVersion.lastModified().truncatedTo(ChronoUnit.SECONDS);
		ServerHttpResponse response = exchange.getResponse();
		if (notModified(request.getHeaders(), etag, lastModified)) {
			RequestNotes.cache(exchange.getAttributes(), "not-modified");
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			headers(response.getHeaders(), etag, lastModified);
			return response.setComplete();
		}
		if (request.getPath().value().equals(GRAPHQL)) {
			long current = this.dataVersion.current();
			return chain.filter(exchange.mutate()
				.response(new ReadDataETag(exchange, (version) -> etag(request, (version != null) ? version : current),
						lastModified))
				.build());
		}
		response.beforeCommit(() -> {
			HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
			if (status != null && status.is2xxSuccessful()) {
				headers(response.getHeaders(), etag, lastModified);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private boolean cached(String path) {
		return this.paths.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	private void headers(HttpHeaders headers, String etag, Instant lastModified) {
		headers.setETag(etag);
		headers.setLastModified(lastModified);
		headers.setCacheControl(this.cacheControl);
		List<String> vary = new ArrayList<>(headers.getVary());
		for (String header : VARY) {
			if (!vary.contains(header)) {
				vary.add(header);
			}
		}
		headers.setVary(vary);
	}

	/**
	 * Whether the client's copy still holds. A malformed {@code If-None-Match} or
	 * {@code If-Modified-Since} is ignored (RFC 9110, section 13.1): the answer is sent
	 * in full.
	 */
	private static boolean notModified(HttpHeaders headers, String etag, Instant lastModified) {
		if (headers.containsHeader(HttpHeaders.IF_NONE_MATCH)) {
			try {
				return headers.getIfNoneMatch()
					.stream()
					.anyMatch((tag) -> tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag));
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		try {
			long since = headers.getIfModifiedSince();
			return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The current data version and everything of the request that the answer depends on.
	 */
	private String etag(ServerHttpRequest request) {
		return etag(request, this.dataVersion.current());
	}

	/** A data version and everything of the request that the answer depends on. */
	private String etag(ServerHttpRequest request, long version) {
		HttpHeaders headers = request.getHeaders();
		String encoding = String.valueOf(headers.getFirst(HttpHeaders.ACCEPT_ENCODING)).contains("gzip") ? "gzip"
				: "identity";
		String variant = this.dataVersion.epoch() + "\n" + version + "\n" + request.getURI().getRawPath() + "?"
				+ request.getURI().getRawQuery() + "\n" + headers.getFirst(HttpHeaders.ACCEPT) + "\n" + encoding;
		return "\"" + this.dataVersion.epoch().toString().substring(0, 8) + "-" + version + "-"
				+ PersistedDocuments.sha256(variant).substring(0, 32) + "\"";
	}

	/**
	 * A GraphQL answer with the ETag of the data it read, or 304 without its body if the
	 * client's copy still holds.
	 */
	private final class ReadDataETag extends ServerHttpResponseDecorator {

		private final ServerWebExchange exchange;

		private final Function<@Nullable Long, String> etag;

		private final Instant lastModified;

		ReadDataETag(ServerWebExchange exchange, Function<@Nullable Long, String> etag, Instant lastModified) {
			super(exchange.getResponse());
			this.exchange = exchange;
			this.etag = etag;
			this.lastModified = lastModified;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			HttpStatusCode status = getStatusCode();
			if (status != null && !status.is2xxSuccessful()) {
				return super.writeWith(body);
			}
			String etag = this.etag.apply(RequestNotes.dataVersion(this.exchange.getAttributes()));
			headers(getHeaders(), etag, this.lastModified);
			if (!notModified(this.exchange.getRequest().getHeaders(), etag, this.lastModified)) {
				return super.writeWith(body);
			}
			RequestNotes.cache(this.exchange.getAttributes(), "not-modified");
			setStatusCode(HttpStatus.NOT_MODIFIED);
			getHeaders().remove(HttpHeaders.CONTENT_TYPE);
			getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
			return Flux.from(body).doOnNext(DataBufferUtils::release).then(getDelegate().setComplete());
		}

	}

}
