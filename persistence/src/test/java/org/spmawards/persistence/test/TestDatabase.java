package org.spmawards.persistence.test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.database.DatabaseUrl;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests of every module use, found once per test JVM:
 * <ol>
 * <li>the server in {@code SPM_TEST_DATABASE_URL}
 * ({@code postgres://user:password@host:port/database}), if set;</li>
 * <li>otherwise a Testcontainers PostgreSQL, if Docker is available;</li>
 * <li>otherwise a PostgreSQL listening on localhost:5432 as user {@code postgres};</li>
 * <li>otherwise the embedded PostgreSQL that the service ships.</li>
 * </ol>
 * On the chosen server each test JVM works in throw-away databases that it creates and
 * drops when it exits, so test runs never see each other's data.
 */
public final class TestDatabase {

	/** The environment variable that names the server to use. */
	public static final String URL_VARIABLE = "SPM_TEST_DATABASE_URL";

	private static final String IMAGE = "postgres:15-alpine";

	private static @Nullable DatabaseUrl server;

	private static final Map<String, DatabaseUrl> databases = new HashMap<>();

	private TestDatabase() {
	}

	/**
	 * Returns the database shared by the tests of this JVM, creating it on first use.
	 * @return the database's address
	 */
	public static DatabaseUrl shared() {
		return named("shared");
	}

	/**
	 * Writes a database's address as {@code spm.database-url} takes it, password
	 * included, at another host and port (a proxy in front of it) or its own.
	 * @param database the database
	 * @param host the host to reach it at
	 * @param port the port to reach it at
	 * @return the URL
	 */
	public static String url(DatabaseUrl database, String host, int port) {
		String user = (database.username() != null)
				? database.username() + ((database.password() != null) ? ":" + database.password() : "") + "@" : "";
		return "postgres://" + user + host + ":" + port + "/" + database.database();
	}

	/**
	 * Returns a database of this JVM by name, creating it on first use; tests that change
	 * data use a name of their own.
	 * @param name a short name, e.g. {@code imports}
	 * @return the database's address
	 */
	public static synchronized DatabaseUrl named(String name) {
		return databases.computeIfAbsent(name, TestDatabase::createDatabase);
	}

	/**
	 * Creates another empty throw-away database on the same server, for a test that must
	 * not share its data.
	 * @param purpose a word for the database's name, e.g. {@code import}
	 * @return the new database's address
	 */
	public static synchronized DatabaseUrl createDatabase(String purpose) {
		DatabaseUrl admin = server();
		String name = ("spm_test_" + purpose + "_" + ProcessHandle.current().pid() + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36))
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		execute(admin, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(admin, "drop database if exists " + name + " with (force)")));
		return admin.withDatabase(name);
	}

	private static DatabaseUrl server() {
		if (server == null) {
			server = findServer();
		}
		return server;
	}

	private static DatabaseUrl findServer() {
		String configured = System.getenv(URL_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return DatabaseUrl.parse(configured);
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
			container.start();
			return new DatabaseUrl(container.getHost(), container.getMappedPort(5432), container.getDatabaseName(),
					container.getUsername(), container.getPassword());
		}
		DatabaseUrl local = new DatabaseUrl("localhost", 5432, "postgres", "postgres", null);
		if (reachable(local)) {
			return local;
		}
		return embedded();
	}

	/**
	 * Starts the embedded PostgreSQL the service itself ships, so that the tests pass on
	 * a machine with nothing but a JDK and Maven; it stops when the test JVM exits.
	 */
	private static DatabaseUrl embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the data directory is temporary
				}
			}));
			return new DatabaseUrl("localhost", postgres.getPort(), "postgres", "postgres", null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests: set " + URL_VARIABLE
					+ "=postgres://user:password@host:port/database (a user that may create databases), start Docker"
					+ " for Testcontainers, or run PostgreSQL on localhost:5432 with user postgres; the embedded"
					+ " PostgreSQL did not start either: " + ex.getMessage(), ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static boolean reachable(DatabaseUrl url) {
		try (Connection connection = connect(url)) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(DatabaseUrl url, String sql) {
		try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static Connection connect(DatabaseUrl url) throws SQLException {
		Properties properties = new Properties();
		if (url.username() != null) {
			properties.setProperty("user", url.username());
		}
		if (url.password() != null) {
			properties.setProperty("password", url.password());
		}
		properties.setProperty("connectTimeout", "3");
		return DriverManager.getConnection(url.jdbcUrl(), properties);
	}

}
