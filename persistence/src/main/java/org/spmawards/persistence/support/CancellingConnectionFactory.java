package org.spmawards.persistence.support;

import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Closeable;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;

/**
 * The connection pool, with statements that {@link StatementCancellation} can stop in the
 * server, observed in the traces of requests ({@link RunningStatement}), and results
 * whose rows are mapped without the request's thread-local values
 * ({@link UnscopedResult}). Everything else is the pool's own.
 */
public final class CancellingConnectionFactory
		implements ConnectionFactory, Wrapped<ConnectionFactory>, DisposableBean {

	private final ConnectionFactory delegate;

	private final ObservationRegistry observations;

	/**
	 * Wraps a pool.
	 * @param delegate the pool
	 * @param observations where the statements of observed requests are observed
	 * ({@link RunningStatement})
	 */
	public CancellingConnectionFactory(ConnectionFactory delegate, ObservationRegistry observations) {
		this.delegate = delegate;
		this.observations = observations;
	}

	@Override
	public Publisher<? extends Connection> create() {
		return Mono.from(this.delegate.create())
			.map((connection) -> new CancellingConnection(connection, this.observations));
	}

	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return this.delegate.getMetadata();
	}

	@Override
	public ConnectionFactory unwrap() {
		return this.delegate;
	}

	/** Closes the pool, as its own bean would have been. */
	@Override
	public void destroy() {
		if (this.delegate instanceof Disposable disposable) {
			disposable.dispose();
		}
		else if (this.delegate instanceof Closeable closeable) {
			Mono.from(closeable.close()).block(Duration.ofSeconds(30));
		}
	}

	private record CancellingConnection(Connection delegate,
			ObservationRegistry observations) implements Connection, Wrapped<Connection> {

		@Override
		public Statement createStatement(String sql) {
			return new CancellingStatement(this.delegate.createStatement(sql), sql, this.delegate, this.observations);
		}

		@Override
		public Publisher<Void> beginTransaction() {
			return this.delegate.beginTransaction();
		}

		@Override
		public Publisher<Void> beginTransaction(TransactionDefinition definition) {
			return this.delegate.beginTransaction(definition);
		}

		@Override
		public Publisher<Void> close() {
			return this.delegate.close();
		}

		@Override
		public Publisher<Void> commitTransaction() {
			return this.delegate.commitTransaction();
		}

		@Override
		public Batch createBatch() {
			return this.delegate.createBatch();
		}

		@Override
		public Publisher<Void> createSavepoint(String name) {
			return this.delegate.createSavepoint(name);
		}

		@Override
		public boolean isAutoCommit() {
			return this.delegate.isAutoCommit();
		}

		@Override
		public ConnectionMetadata getMetadata() {
			return this.delegate.getMetadata();
		}

		@Override
		public IsolationLevel getTransactionIsolationLevel() {
			return this.delegate.getTransactionIsolationLevel();
		}

		@Override
		public Publisher<Void> releaseSavepoint(String name) {
			return this.delegate.releaseSavepoint(name);
		}

		@Override
		public Publisher<Void> rollbackTransaction() {
			return this.delegate.rollbackTransaction();
		}

		@Override
		public Publisher<Void> rollbackTransactionToSavepoint(String name) {
			return this.delegate.rollbackTransactionToSavepoint(name);
		}

		@Override
		public Publisher<Void> setAutoCommit(boolean autoCommit) {
			return this.delegate.setAutoCommit(autoCommit);
		}

		@Override
		public Publisher<Void> setLockWaitTimeout(Duration timeout) {
			return this.delegate.setLockWaitTimeout(timeout);
		}

		@Override
		public Publisher<Void> setStatementTimeout(Duration timeout) {
			return this.delegate.setStatementTimeout(timeout);
		}

		@Override
		public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
			return this.delegate.setTransactionIsolationLevel(level);
		}

		@Override
		public Publisher<Boolean> validate(ValidationDepth depth) {
			return this.delegate.validate(depth);
		}

		@Override
		public Connection unwrap() {
			return this.delegate;
		}

	}

	private static final class CancellingStatement implements Statement, Wrapped<Statement> {

		private final Statement delegate;

		private final String sql;

		private final Connection connection;

		private final ObservationRegistry observations;

		CancellingStatement(Statement delegate, String sql, Connection connection, ObservationRegistry observations) {
			this.delegate = delegate;
			this.sql = sql;
			this.connection = connection;
			this.observations = observations;
		}

		@Override
		public Publisher<? extends Result> execute() {
			return StatementCancellation.cancellable(this.delegate.execute(), this.sql, this.connection,
					this.observations);
		}

		@Override
		public Statement add() {
			this.delegate.add();
			return this;
		}

		@Override
		public Statement bind(int index, Object value) {
			this.delegate.bind(index, value);
			return this;
		}

		@Override
		public Statement bind(String name, Object value) {
			this.delegate.bind(name, value);
			return this;
		}

		@Override
		public Statement bindNull(int index, Class<?> type) {
			this.delegate.bindNull(index, type);
			return this;
		}

		@Override
		public Statement bindNull(String name, Class<?> type) {
			this.delegate.bindNull(name, type);
			return this;
		}

		@Override
		public Statement returnGeneratedValues(String... columns) {
			this.delegate.returnGeneratedValues(columns);
			return this;
		}

		@Override
		public Statement fetchSize(int rows) {
			this.delegate.fetchSize(rows);
			return this;
		}

		@Override
		public Statement unwrap() {
			return this.delegate;
		}

	}

}
