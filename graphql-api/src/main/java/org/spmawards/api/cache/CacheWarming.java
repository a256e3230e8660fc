package org.spmawards.api.cache;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * After a data change, answers again, once and in the background, the requests made most
 * often in the last minutes (the explorer's and the front page's among them), so that the
 * first readers after an import find them in memory instead of all waiting for the
 * database. Each runs through the whole chain under the new data version, as a reader's
 * request would: an answer of the old data is never kept under the new version.
 */
@Component
@ConditionalOnBooleanProperty(name = "spm.graphql.response-cache.enabled", matchIfMissing = true)
class CacheWarming implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CacheWarming.class);

	/** How many requests are answered again after a change. */
	static final int REQUESTS = 20;

	private static final URI ADDRESS = URI.create("http://localhost/graphql");

	private final ResponseCache cache;

	private final ObjectProvider<WebGraphQlHandler> handler;

	private final DataVersion dataVersion;

	private final AtomicLong warmed = new AtomicLong();

	private volatile Disposable changes;

	CacheWarming(ResponseCache cache, ObjectProvider<WebGraphQlHandler> handler, DataVersion dataVersion) {
		this.cache = cache;
		this.handler = handler;
		this.dataVersion = dataVersion;
	}

	@Override
	public void start() {
		// always ready for the next change (the changes reach only subscribers asking for
		// them); after several, answering once under the latest is enough
		this.changes = this.dataVersion.changes()
			.onBackpressureLatest()
			.concatMap((change) -> Flux.fromIterable(this.cache.mostRequested(REQUESTS))
				.concatMap((request) -> this.handler.getObject()
					.handleRequest(webRequest(request))
					.doOnNext((answer) -> this.warmed.incrementAndGet())
					.then()
					.onErrorResume((ex) -> {
						logger.debug("Could not answer a request again after a data change", ex);
						return Mono.empty();
					}))
				.then(), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable subscription = this.changes;
		if (subscription != null) {
			subscription.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		Disposable subscription = this.changes;
		return subscription != null && !subscription.isDisposed();
	}

	/**
	 * Returns how many requests were answered again since the start.
	 * @return the count
	 */
	long warmed() {
		return this.warmed.get();
	}

	private static WebGraphQlRequest webRequest(ResponseCache.Request request) {
		Map<String, Object> extensions = (request.persistedQuery() != null)
				? Map.of("persistedQuery", request.persistedQuery()) : Map.of();
		return new WebGraphQlRequest(ADDRESS, new HttpHeaders(), new LinkedMultiValueMap<>(), null, new HashMap<>(),
				new DefaultGraphQlRequest(request.document(), request.operationName(), request.variables(), extensions),
				"warming-" + System.nanoTime(), Locale.ENGLISH);
	}

}
