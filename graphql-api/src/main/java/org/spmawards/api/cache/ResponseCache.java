package org.spmawards.api.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.spmawards.api.support.RequestNotes;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Answers a query that was answered before, with the same variables, from memory. The API
 * has no mutations: its data changes only through imports (and the demo dataset's
 * generation), which advance the {@link DataVersion}. Each entry is keyed by the version
 * its query started at, so that once data changes no older result is served, even one
 * that a query running during the change stores afterwards. Answers with errors are not
 * kept. The cache is bounded by an estimate of its size
 * ({@code spm.graphql.response-cache.*}). Within one service instance, an import is
 * visible at once; instances do not share it.
 */
@Component
@ConditionalOnBooleanProperty(name = "spm.graphql.response-cache.enabled", matchIfMissing = true)
public class ResponseCache implements WebGraphQlInterceptor, MeterBinder {

	private static final String VOLATILE = ResponseCache.class.getName() + ".volatile";

	private final Cache<Key, Answer> results;

	private final DataVersion dataVersion;

	private volatile long version;

	ResponseCache(DataVersion dataVersion, @Value("${spm.graphql.response-cache.max-megabytes:64}") long maxMegabytes) {
		this.dataVersion = dataVersion;
		this.version = dataVersion.current();
		this.results = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((Key key,
					Answer answer) -> (int) Math.min(Integer.MAX_VALUE,
							2L * key.document().length() + SizeEstimate.of(answer.data())))
			.recordStats()
			.build();
	}

	/** Hits, misses, evictions and size ({@code cache.*{cache="graphql.responses"}}). */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.results, "graphql.responses");
		Gauge
			.builder("spm.graphql.response.cache.weight", this.results,
					(results) -> results.policy()
						.eviction()
						.map((eviction) -> eviction.weightedSize().orElse(0))
						.orElse(0L))
			.description("The estimated size of the cached answers")
			.baseUnit("bytes")
			.register(registry);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long current = this.dataVersion.current();
		if (current != this.version) {
			this.version = current;
			this.results.invalidateAll();
		}
		Key key = new Key(request.getDocument(), request.getExtensions().get("persistedQuery"),
				request.getOperationName(), request.getVariables(), current);
		Answer cached = this.results.getIfPresent(key);
		RequestNotes.cache(request.getAttributes(), (cached != null) ? "hit" : "miss");
		if (cached != null) {
			// the same answer, with its extensions (its cost)
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.data(cached.data())
				.extensions(cached.extensions())
				.build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request).doOnNext((response) -> {
			Object answer = response.getData();
			// a subscription's answer is a stream, never cached
			if (response.isValid() && response.getErrors().isEmpty() && answer != null
					&& !(answer instanceof Publisher<?>) && !volatileAnswer(response)) {
				this.results.put(key, new Answer(answer, response.getExecutionResult().getExtensions()));
			}
		});
	}

	/**
	 * Marks the answer of the request a field is fetched for as one that changes between
	 * two data versions (the state of the read replicas), so that it is not kept.
	 * @param context the request's GraphQL context
	 */
	public static void doNotKeep(GraphQLContext context) {
		context.put(VOLATILE, Boolean.TRUE);
	}

	private static boolean volatileAnswer(WebGraphQlResponse response) {
		return Boolean.TRUE.equals(response.getExecutionInput().getGraphQLContext().get(VOLATILE));
	}

	/** What is kept of an answer: its data and its extensions. */
	private record Answer(Object data, @Nullable Map<Object, Object> extensions) {

	}

	/** A persisted query's hash stands in for its document. */
	private record Key(String document, @Nullable Object persistedQuery, @Nullable String operationName,
			Map<String, Object> variables, long version) {

		Key {
			Objects.requireNonNull(document);
		}

	}

	/** A rough size in bytes of an answer's data, for bounding the cache. */
	static final class SizeEstimate {

		private SizeEstimate() {
		}

		static long of(@Nullable Object value) {
			if (value instanceof Map<?, ?> map) {
				long size = 48;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					size += 32 + of(entry.getKey()) + of(entry.getValue());
				}
				return size;
			}
			if (value instanceof List<?> list) {
				long size = 24;
				for (Object item : list) {
					size += 8 + of(item);
				}
				return size;
			}
			if (value instanceof CharSequence text) {
				return 40 + text.length();
			}
			return 24;
		}

	}

}
