package org.spmawards.api.cache;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.spmawards.api.web.RequestNotes;
import org.spmawards.persistence.support.DataScope;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Answers a query that was answered before, with the same variables, from memory. The API
 * has no mutations: its data changes only through imports (and the demo dataset's
 * generation), which advance the {@link DataVersion}. Each answer is kept with the
 * version its query started at and what its statements read ({@link DataScope}: the
 * fiscal years, or every year); it is served while no change touched what it read since
 * then ({@link DataVersion#versionOf(DataScope)}), so that an import of one fiscal year
 * leaves the answers about other years in memory, and an answer a query running during a
 * change stores is never served if the change touched it. Answers with errors are not
 * kept. An answer is kept as the JSON it is sent as ({@link SerializedAnswer}), and the
 * cache is bounded by the size of that JSON ({@code spm.graphql.response-cache.*}).
 * Within one service instance, an import is visible at once; instances do not share it.
 * First in the chain: an answer from memory needs no request budget, no retry and no
 * rewording of errors (it has none). Identical requests that miss at the same time
 * execute once and share the answer (single flight, keyed like the cache and bounded);
 * the execution is cancelled only when every one of them has left.
 */
@Component
// after the WebSocket limits (HIGHEST_PRECEDENCE): an answer from memory counts too
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnBooleanProperty(name = "spm.graphql.response-cache.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ResponseCacheProperties.class)
public class ResponseCache implements WebGraphQlInterceptor, MeterBinder {

	private static final String VOLATILE = ResponseCache.class.getName() + ".volatile";

	/**
	 * The request attribute that keeps a request's answer out of the cache: a page of a
	 * download, read once.
	 */
	public static final String NOT_KEPT = ResponseCache.class.getName() + ".notKept";

	/** What an entry costs besides its document and its JSON: key, entry and map node. */
	private static final int ENTRY_OVERHEAD = 200;

	/** The most distinct requests executed for several at once; beyond, each executes. */
	private static final int MAX_IN_FLIGHT = 10_000;

	private final Cache<Request, Entry> results;

	private final Map<Key, Mono<WebGraphQlResponse>> inFlight = new ConcurrentHashMap<>();

	/** How often each request was made in the last minutes, whatever the data version. */
	private final Cache<Request, LongAdder> requested = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(5))
		.maximumSize(1000)
		.build();

	private final DataVersion dataVersion;

	private final JsonMapper json;

	private volatile long version;

	ResponseCache(DataVersion dataVersion, JsonMapper json, ResponseCacheProperties properties) {
		this.dataVersion = dataVersion;
		this.json = json;
		this.version = dataVersion.current();
		this.results = Caffeine.newBuilder()
			.maximumWeight(properties.maxMegabytes() * 1024 * 1024)
			.weigher((Request request,
					Entry entry) -> (int) Math.min(Integer.MAX_VALUE,
							ENTRY_OVERHEAD + 2L * request.document().length() + entry.answer().size()))
			.recordStats()
			.build();
	}

	/**
	 * Hits, misses, evictions and size ({@code cache.*{cache="graphql.responses"}}), the
	 * share of requests answered from memory since the start, and the bytes held.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.results, "graphql.responses");
		Gauge.builder("spm.graphql.response.cache.hit.ratio", this.results, (results) -> results.stats().hitRate())
			.description("The share of requests answered from the response cache since the start")
			.register(registry);
		Gauge.builder("spm.graphql.response.cache.weight", this.results, (results) -> {
			// the cache weighs what it was given in its maintenance, which runs a moment
			// later on another thread: done now, the size is that of the answers kept
			results.cleanUp();
			return results.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
		})
			.description("The size of the cached answers: their JSON, their documents and each entry's overhead")
			.baseUnit("bytes")
			.register(registry);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (streamed(request) || request.getAttributes().containsKey(NOT_KEPT)) {
			// a subscription's answer is a stream of its own (and a download's page is
			// read
			// once): never kept, never shared
			// (a stream shared with a request that came late would be executed again for
			// it, and hold a subscriber's place that no one ever frees), never answered
			// again after a data change
			return chain.next(request);
		}
		long current = this.dataVersion.current();
		if (current != this.version) {
			this.version = current;
			// what the change touched is never served again: its memory is given back now
			this.results.asMap().values().removeIf((entry) -> !holds(entry));
		}
		Key key = new Key(request.getDocument(), request.getExtensions().get("persistedQuery"),
				request.getOperationName(), request.getVariables(), current);
		this.requested.get(key.request(), (any) -> new LongAdder()).increment();
		SerializedAnswer cached = kept(request, key.request());
		RequestNotes.cache(request.getAttributes(), (cached != null) ? "hit" : "miss");
		if (cached != null) {
			// the same answer, with its extensions (its cost)
			return Mono.just(answer(request, cached));
		}
		if (this.inFlight.size() >= MAX_IN_FLIGHT) {
			return execute(request, chain, key);
		}
		// single flight: the first request of a key executes it, the others that miss at
		// the same time wait for its answer
		AtomicBoolean first = new AtomicBoolean();
		Mono<WebGraphQlResponse> shared = this.inFlight.computeIfAbsent(key, (missed) -> {
			first.set(true);
			return shared(request, chain, key);
		});
		return Mono.defer(() -> {
			// one that comes once the answer is kept reads it from memory
			Entry entry = this.results.policy().getIfPresentQuietly(key.request());
			SerializedAnswer kept = (entry != null && holds(entry)) ? noted(request, entry) : null;
			return (kept != null) ? Mono.just(answer(request, kept)) : shared.flatMap((response) -> {
				if (response.getExecutionResult() instanceof SerializedAnswer answer) {
					if (!first.get()) {
						RequestNotes.cache(request.getAttributes(), "shared");
						Entry sharedEntry = this.results.policy().getIfPresentQuietly(key.request());
						if (sharedEntry != null && sharedEntry.answer() == answer) {
							noted(request, sharedEntry);
						}
					}
					WebGraphQlResponse same = answer(request, answer);
					same.getResponseHeaders().putAll(response.getResponseHeaders());
					return Mono.just(same);
				}
				// an answer that is not kept (errors, or one that changes between data
				// versions) is its own request's only
				return first.get() ? Mono.just(response) : chain.next(request);
			});
		}).switchIfEmpty(Mono.defer(() -> execute(request, chain, key)));
	}

	/**
	 * Whether a request asks for a stream: over WebSocket (the graphql-ws protocol) or as
	 * Server-Sent Events.
	 */
	private static boolean streamed(WebGraphQlRequest request) {
		if (request instanceof WebSocketGraphQlRequest) {
			return true;
		}
		try {
			return request.getHeaders()
				.getAccept()
				.stream()
				.anyMatch((type) -> type.equalsTypeAndSubtype(MediaType.TEXT_EVENT_STREAM));
		}
		catch (InvalidMediaTypeException ex) {
			// answered as the GraphQL endpoint answers a malformed Accept
			return false;
		}
	}

	/**
	 * The execution of a request that the requests of the same key share: it leaves the
	 * requests in flight when it ends, and is cancelled when every request has left.
	 */
	private Mono<WebGraphQlResponse> shared(WebGraphQlRequest request, Chain chain, Key key) {
		AtomicReference<Mono<WebGraphQlResponse>> self = new AtomicReference<>();
		Mono<WebGraphQlResponse> shared = execute(request, chain, key)
			.doFinally((signal) -> this.inFlight.remove(key, self.get()))
			.flux()
			.publish()
			.refCount(1)
			// not next(), which would cancel the execution once it answers: Spring for
			// GraphQL takes a cancellation for the end of a subscription's stream
			.singleOrEmpty();
		self.set(shared);
		return shared;
	}

	private static WebGraphQlResponse answer(WebGraphQlRequest request, SerializedAnswer answer) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), answer));
	}

	/** The answer kept for a request, if no change touched what it read. */
	private @Nullable SerializedAnswer kept(WebGraphQlRequest request, Request key) {
		Entry entry = this.results.getIfPresent(key);
		if (entry == null) {
			return null;
		}
		if (!holds(entry)) {
			this.results.asMap().remove(key, entry);
			return null;
		}
		return noted(request, entry);
	}

	/**
	 * Notes for the HTTP caching the version of the data a kept answer was made from, so
	 * that its ETag stays while other data changes.
	 */
	private SerializedAnswer noted(WebGraphQlRequest request, Entry entry) {
		RequestNotes.dataVersion(request.getAttributes(), this.dataVersion.versionOf(entry.read()));
		return entry.answer();
	}

	private boolean holds(Entry entry) {
		return this.dataVersion.versionOf(entry.read()) <= entry.version();
	}

	/**
	 * Executes a request, recording what its statements read, and keeps its answer if it
	 * can be kept.
	 */
	private Mono<WebGraphQlResponse> execute(WebGraphQlRequest request, Chain chain, Key key) {
		return Mono.using(DataScope.Recorder::new,
				(recorder) -> chain.next(request)
					.contextWrite(recorder::into)
					.map((response) -> keep(request, response, key, recorder.scope())),
				DataScope.Recorder::close);
	}

	private WebGraphQlResponse keep(WebGraphQlRequest request, WebGraphQlResponse response, Key key, DataScope read) {
		Object answer = response.getData();
		// a subscription's answer is a stream, never cached
		if (!response.isValid() || !response.getErrors().isEmpty() || answer == null || answer instanceof Publisher<?>
				|| volatileAnswer(response)) {
			return response;
		}
		SerializedAnswer serialized = new SerializedAnswer(this.json.writeValueAsBytes(response.toMap()), this.json);
		Entry entry = new Entry(serialized, key.version(), read);
		if (holds(entry)) {
			this.results.put(key.request(), entry);
			noted(request, entry);
		}
		WebGraphQlResponse kept = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(response.getExecutionInput(), serialized));
		kept.getResponseHeaders().putAll(response.getResponseHeaders());
		return kept;
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

	/**
	 * Returns the requests made most often in the last minutes, most requested first.
	 * @param most how many at the most
	 * @return the requests
	 */
	List<Request> mostRequested(int most) {
		return this.requested.asMap()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<Request, LongAdder> entry) -> entry.getValue().sum())
				.reversed())
			.limit(most)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * An answer kept, with the data version its query started at and what it read.
	 *
	 * @param answer the answer as sent
	 * @param version the version its query started at
	 * @param read what its statements read
	 */
	private record Entry(SerializedAnswer answer, long version, DataScope read) {

	}

	/** A persisted query's hash stands in for its document. */
	private record Key(String document, @Nullable Object persistedQuery, @Nullable String operationName,
			Map<String, Object> variables, long version) {

		Key {
			Objects.requireNonNull(document);
		}

		Request request() {
			return new Request(this.document, this.persistedQuery, this.operationName, this.variables);
		}

	}

	/**
	 * A request as the cache keys it, whatever the data version: enough to make it again.
	 *
	 * @param document the document, or the marker of a persisted query
	 * @param persistedQuery the persisted query's extension, or {@code null}
	 * @param operationName the operation, or {@code null}
	 * @param variables the variables
	 */
	record Request(String document, @Nullable Object persistedQuery, @Nullable String operationName,
			Map<String, Object> variables) {

	}

}
