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
 * stays. Once its rows or its count were read (or given up), it tells
 * {@link StatementCancellation} that its statement no longer runs.
 */
final class UnscopedResult implements Result, Wrapped<Result> {

	private final Result delegate;

	private final RunningStatement statement;

	UnscopedResult(Result delegate, RunningStatement statement) {
		this.delegate = delegate;
		this.statement = statement;
	}

	@Override
	public Publisher<Long> getRowsUpdated() {
		return Flux.from(this.delegate.getRowsUpdated())
			.doOnError(this.statement::failed)
			.doFinally((signal) -> this.statement.ended());
	}

	@Override
	public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
		return unscoped(this.delegate.map(mapping), this.statement);
	}

	@Override
	public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
		return unscoped(this.delegate.map(mapping), this.statement);
	}

	@Override
	public Result filter(Predicate<Segment> filter) {
		return new UnscopedResult(this.delegate.filter(filter), this.statement);
	}

	@Override
	public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
		return unscoped(this.delegate.flatMap(mapping), this.statement);
	}

	@Override
	public Result unwrap() {
		return this.delegate;
	}

	private static <T> Publisher<T> unscoped(Publisher<T> rows, RunningStatement statement) {
		return Flux.from(rows)
			.doOnError(statement::failed)
			.doFinally((signal) -> statement.ended())
			.contextWrite(UnscopedResult::withoutThreadLocalValues);
	}

	private static Context withoutThreadLocalValues(Context context) {
		Context result = context;
		for (ThreadLocalAccessor<?> accessor : ContextRegistry.getInstance().getThreadLocalAccessors()) {
			result = result.delete(accessor.key());
		}
		return result;
	}

}
