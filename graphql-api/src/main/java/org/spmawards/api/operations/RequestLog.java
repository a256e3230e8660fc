package org.spmawards.api.operations;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.spmawards.api.tracing.TraceIds;
import org.spmawards.api.web.RequestNotes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One log line per request: method, path, status, duration, bytes sent (before
 * compression), the GraphQL operation and how the caches answered, the request's id and
 * its trace's ({@link TraceIds}); with structured logging
 * ({@code logging.structured.format.console=ecs}) each of them is a field of its own.
 * Health probes are logged at debug level only. The bytes of every export are measured
 * too ({@code spm.export.bytes}).
 */
final class RequestLog implements WebFilter, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(RequestLog.class);

	private final MeterRegistry meters;

	RequestLog(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		AtomicLong bytes = new AtomicLong();
		ServerHttpResponse counted = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				return super.writeWith(
						Flux.from(body).doOnNext((buffer) -> bytes.addAndGet(buffer.readableByteCount())));
			}

			@Override
			public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
				return super.writeAndFlushWith(Flux.from(body)
					.map((part) -> Flux.from(part).doOnNext((buffer) -> bytes.addAndGet(buffer.readableByteCount()))));
			}

		};
		ServerWebExchange logged = exchange.mutate().response(counted).build();
		RequestNotes notes = new RequestNotes();
		logged.getAttributes().put(RequestNotes.ATTRIBUTE, notes);
		// read while the request's observation runs
		String traceId = TraceIds.of(exchange.getAttributes()).orElse(null);
		return chain.filter(logged).doFinally((signal) -> log(logged, notes, traceId, start, bytes.get()));
	}

	private void log(ServerWebExchange exchange, RequestNotes notes, @Nullable String traceId, long start, long bytes) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		int code = (status != null) ? status.value() : 200;
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		String operation = notes.operationName();
		String cache = notes.cache();
		if (path.startsWith("/export/") && code == 200) {
			DistributionSummary.builder("spm.export.bytes")
				.description("Bytes of the exports sent, before compression")
				.baseUnit("bytes")
				.tag("export", path)
				.register(this.meters)
				.record(bytes);
		}
		Level level = path.startsWith("/actuator/health") ? Level.DEBUG : Level.INFO;
		if (!logger.isEnabledForLevel(level)) {
			return;
		}
		StringBuilder message = new StringBuilder().append(request.getMethod().name())
			.append(' ')
			.append(path)
			.append(' ')
			.append(code)
			.append(' ')
			.append(millis)
			.append(" ms ")
			.append(bytes)
			.append(" B");
		if (operation != null) {
			message.append(" operation=").append(operation);
		}
		if (cache != null) {
			message.append(" cache=").append(cache);
		}
		message.append(" id=").append(request.getId());
		if (traceId != null) {
			message.append(" trace=").append(traceId);
		}
		logger.atLevel(level)
			.addKeyValue("http.request.method", request.getMethod().name())
			.addKeyValue("url.path", path)
			.addKeyValue("http.response.status_code", code)
			.addKeyValue("event.duration_ms", millis)
			.addKeyValue("http.response.body.bytes", bytes)
			.addKeyValue("graphql.operation.name", operation)
			.addKeyValue("cache", cache)
			.addKeyValue("http.request.id", request.getId())
			.addKeyValue("trace.id", traceId)
			.log(message.toString());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
