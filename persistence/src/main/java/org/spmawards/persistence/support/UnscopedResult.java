package org.spmawards.persistence.support;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.util.context.Context;

/**
 * A statement's result whose rows are mapped without the request's thread-local values
 * (the current observation, chiefly). With the context-propagation library present,
 * Reactor restores them around every row the driver maps (its {@code handle} operator),
 * which opens and closes an observation scope per row. Mapping rows never needs them;
 * everything else in the subscriber's context (the request's cancellation, a transaction)
 * stays.
 */
final class UnscopedResult implements Result, Wrapped<Result> {

	private final Result delegate;

	UnscopedResult(Result delegate) {
		this.delegate = delegate;
	}

	@Override
	public Publisher<Long> getRowsUpdated() {
		return this.delegate.getRowsUpdated();
	}

	@Override
	public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
		return unscoped(this.delegate.map(mapping));
	}

	@Override
	public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
		return unscoped(this.delegate.map(mapping));
	}

	@Override
	public Result filter(Predicate<Segment> filter) {
		return new UnscopedResult(this.delegate.filter(filter));
	}

	@Override
	public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
		return unscoped(this.delegate.flatMap(mapping));
	}

	@Override
	public Result unwrap() {
		return this.delegate;
	}

	private static <T> Publisher<T> unscoped(Publisher<T> rows) {
		return Flux.from(rows).contextWrite(UnscopedResult::withoutThreadLocalValues);
	}

	private static Context withoutThreadLocalValues(Context context) {
		Context result = context;
		for (ThreadLocalAccessor<?> accessor : ContextRegistry.getInstance().getThreadLocalAccessors()) {
			result = result.delete(accessor.key());
		}
		return result;
	}

}
