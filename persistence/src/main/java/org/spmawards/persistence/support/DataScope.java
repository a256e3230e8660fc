package org.spmawards.persistence.support;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * What part of the data a read covers: some fiscal years, or every year. An import
 * changes one fiscal year, so an answer that read only other years still holds after it
 * ({@link DataVersion#versionOf(DataScope)}). A statement says what it reads with
 * {@link #reading(Flux)} or {@link #readingOne(Mono)}; a statement that says nothing
 * reads every year. A request that wants to know what it read carries a {@link Recorder}
 * in its Reactor context, which each of its statements tells ({@link RunningStatement});
 * a statement that runs outside any request's context could be any request's, so every
 * request recording at that moment counts it as reading every year. Reference data
 * (regions, fields, editions) is changed by no import.
 */
public final class DataScope {

	/** Every fiscal year: what the version of all the data covers. */
	public static final DataScope EVERY_YEAR = new DataScope(null);

	private final @Nullable Set<Integer> fiscalYears;

	private DataScope(@Nullable Set<Integer> fiscalYears) {
		this.fiscalYears = fiscalYears;
	}

	/**
	 * Returns the scope of a read of some fiscal years.
	 * @param fiscalYears the years
	 * @return the scope
	 */
	public static DataScope fiscalYears(int... fiscalYears) {
		return new DataScope(Collections.unmodifiableSet(new TreeSet<>(Arrays.stream(fiscalYears).boxed().toList())));
	}

	/**
	 * Returns the scope of a read of some fiscal years.
	 * @param fiscalYears the years
	 * @return the scope
	 */
	public static DataScope fiscalYears(Set<Integer> fiscalYears) {
		return new DataScope(Collections.unmodifiableSet(new TreeSet<>(fiscalYears)));
	}

	/**
	 * Returns the fiscal years read, or {@code null} for every year.
	 * @return the years
	 */
	public @Nullable Set<Integer> fiscalYearsRead() {
		return this.fiscalYears;
	}

	/**
	 * Says that the statements of a read cover this scope.
	 * @param <T> the read's values
	 * @param read the read
	 * @return the read, telling its scope to the request it runs for
	 */
	public <T> Mono<T> readingOne(Mono<T> read) {
		return read.contextWrite(this::into);
	}

	/**
	 * Says that the statements of a read cover this scope.
	 * @param <T> the read's values
	 * @param read the read
	 * @return the read, telling its scope to the request it runs for
	 */
	public <T> Flux<T> reading(Flux<T> read) {
		return read.contextWrite(this::into);
	}

	private Context into(Context context) {
		return context.put(DataScope.class, this);
	}

	/**
	 * Tells the request a statement runs for, if it records its reads, what the statement
	 * reads; called as the statement starts.
	 * @param context the statement's Reactor context
	 */
	static void statementStarts(ContextView context) {
		Recorder recorder = context.getOrDefault(Recorder.class, null);
		if (recorder == null) {
			if (!Recorder.open.isEmpty()) {
				Recorder.open.forEach(Recorder::readEveryYear);
			}
			return;
		}
		recorder.read(context.getOrDefault(DataScope.class, EVERY_YEAR));
	}

	@Override
	public String toString() {
		return (this.fiscalYears != null) ? "fiscal years " + this.fiscalYears : "every year";
	}

	/**
	 * What one request read, as its statements tell it. Open from its creation until
	 * {@link #close()}.
	 */
	public static final class Recorder implements AutoCloseable {

		private static final Set<Recorder> open = ConcurrentHashMap.newKeySet();

		private final Set<Integer> fiscalYears = ConcurrentHashMap.newKeySet();

		private volatile boolean everyYear;

		/** Starts recording. */
		public Recorder() {
			open.add(this);
		}

		/**
		 * Returns the Reactor context of a request's work, with this recorder.
		 * @param context the context
		 * @return the context with the recorder
		 */
		public Context into(Context context) {
			return context.put(Recorder.class, this);
		}

		void read(DataScope scope) {
			Set<Integer> years = scope.fiscalYears;
			if (years == null) {
				readEveryYear();
			}
			else {
				this.fiscalYears.addAll(years);
			}
		}

		void readEveryYear() {
			this.everyYear = true;
		}

		/**
		 * Returns what was read so far.
		 * @return the scope of the reads
		 */
		public DataScope scope() {
			return this.everyYear ? EVERY_YEAR : fiscalYears(Set.copyOf(this.fiscalYears));
		}

		/**
		 * Stops recording: later statements outside a request's context are not counted.
		 */
		@Override
		public void close() {
			open.remove(this);
		}

	}

}
