package org.spmawards.persistence.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.imports.DataImporter;

import org.springframework.core.env.Environment;

/**
 * A JDBC session of its own on the test database, beside the application's pool: for a
 * test that holds a lock, or terminates a backend, while the application works.
 */
public final class JdbcSession implements AutoCloseable {

	private final Connection connection;

	private JdbcSession(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Opens a session on the database of a test's context (its Flyway settings).
	 * @param environment the context's environment
	 * @return the session, in auto-commit mode
	 */
	public static JdbcSession open(Environment environment) {
		try {
			return new JdbcSession(DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
					environment.getProperty("spring.flyway.user", "postgres"),
					environment.getProperty("spring.flyway.password", "")));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts a transaction: what it locks stays locked until {@link #rollback()}.
	 */
	public void begin() {
		try {
			this.connection.setAutoCommit(false);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Ends the transaction, releasing its locks. */
	public void rollback() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Takes, in a transaction of its own, the lock an import of the year takes, as
	 * another import would.
	 * @param fiscalYear the fiscal year
	 */
	public void holdImportLock(int fiscalYear) {
		begin();
		execute("select pg_advisory_xact_lock(" + DataImporter.yearLock(fiscalYear) + ")");
	}

	/**
	 * Runs a statement.
	 * @param sql the statement
	 */
	public void execute(String sql) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs a query.
	 * @param sql the query
	 * @return the first column of its first row, or {@code null} without a row
	 */
	public @Nullable String query(String sql) {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
