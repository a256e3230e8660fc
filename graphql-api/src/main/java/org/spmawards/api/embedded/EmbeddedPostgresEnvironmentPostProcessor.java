package org.spmawards.api.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.config.DatabaseUrlEnvironmentPostProcessor;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL when no database is configured, so that the service runs
 * on a machine with nothing but a JDK. It stays out of the way of every configured
 * deployment: it does nothing once {@code SPM_DATABASE_URL} or {@code spring.r2dbc.url}
 * is set, or when {@code spm.embedded-database.enabled=false}.
 * <p>
 * The database keeps its data in a folder ({@code spm.embedded-database.data-dir}, by
 * default {@code ~/.spm-awards/postgres-15}) and reuses it on the next start, so that
 * imports survive restarts and a second start skips the load;
 * {@code spm.embedded-database.reset=true} deletes the folder first. The database is a
 * bean of the application context, stopped after the web server's graceful shutdown and
 * after the connection pool closed, so that in-flight requests complete first.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED_PROPERTY = "spm.embedded-database.enabled";

	static final String PORT_PROPERTY = "spm.embedded-database.port";

	static final String DATA_DIR_PROPERTY = "spm.embedded-database.data-dir";

	static final String RESET_PROPERTY = "spm.embedded-database.reset";

	/** The database of the official data; the demo dataset gets a database of its own. */
	static final String DATABASE_NAME = "spm";

	static final String DEMO_DATABASE_NAME = "spm_demo";

	static final String BEAN_NAME = "spmEmbeddedPostgres";

	/** The file the embedded PostgreSQL library locks while a JVM runs on a folder. */
	private static final String ZONKY_LOCK_FILE = "epg-lock";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Log logger;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	/**
	 * Returns the folder the embedded database keeps its data in by default.
	 * @return {@code ~/.spm-awards/postgres-15}
	 */
	public static Path defaultDataDirectory() {
		return Path.of(System.getProperty("user.home"), ".spm-awards", "postgres-15");
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.r2dbc.url")
				|| !environment.getProperty(ENABLED_PROPERTY, Boolean.class, true)) {
			return;
		}
		boolean demo = "demo".equalsIgnoreCase(environment.getProperty("spm.dataset", "official").trim());
		String configured = environment.getProperty(DATA_DIR_PROPERTY, "");
		Path dataDirectory = configured.isBlank() ? defaultDataDirectory() : Path.of(configured);
		if (environment.getProperty(RESET_PROPERTY, Boolean.class, false)) {
			delete(dataDirectory);
			this.logger.info("Deleted the embedded database's folder " + dataDirectory + " (" + RESET_PROPERTY + ")");
		}
		stopLeftOverServer(dataDirectory);
		EmbeddedPostgres postgres = start(dataDirectory, environment.getProperty(PORT_PROPERTY, Integer.class, 0));
		// closed with the context; and, should the JVM end without closing it, after
		// every context has gone
		SpringApplication.getShutdownHandlers().add(() -> close(postgres));
		String database = demo ? DEMO_DATABASE_NAME : DATABASE_NAME;
		createDatabase(postgres, database);
		DatabaseUrl url = new DatabaseUrl("localhost", postgres.getPort(), database, "postgres", null);
		this.logger.info("No database configured (SPM_DATABASE_URL): started an embedded PostgreSQL at " + url
				+ " with its data in " + dataDirectory);
		environment.getPropertySources()
			.addLast(new MapPropertySource("spmEmbeddedDatabase",
					DatabaseUrlEnvironmentPostProcessor.connectionProperties(url)));
		application.addInitializers((context) -> register((GenericApplicationContext) context, postgres));
	}

	/**
	 * Makes the database a bean that is closed with the context, and after the connection
	 * factories, which depend on it.
	 */
	private static void register(GenericApplicationContext context, EmbeddedPostgres postgres) {
		context.registerBean(BEAN_NAME, EmbeddedPostgres.class, () -> postgres,
				(definition) -> definition.setDestroyMethodName("close"));
		context.addBeanFactoryPostProcessor((beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(ConnectionFactory.class, true, false)) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				List<String> dependsOn = new ArrayList<>();
				if (definition.getDependsOn() != null) {
					dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
				}
				dependsOn.add(BEAN_NAME);
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		});
	}

	private static EmbeddedPostgres start(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
		}
		catch (IOException ex) {
			throw new StartupFailure("Cannot create the embedded database's folder " + dataDirectory + ": " + ex,
					"Give the service a folder it may write (--" + DATA_DIR_PROPERTY + "=...), or a database of its"
							+ " own (SPM_DATABASE_URL=postgres://user:password@host:port/database)",
					ex);
		}
		requireFolderFree(dataDirectory);
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPort(port)
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw failedToStart(dataDirectory, ex);
		}
	}

	/**
	 * Refuses a folder that another instance of the service holds: the embedded
	 * PostgreSQL library locks it while a JVM runs on it.
	 */
	private static void requireFolderFree(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
		if (!Files.exists(lockFile)) {
			// a new folder: initdb wants it empty
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw inUse(dataDirectory, null);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw inUse(dataDirectory, ex);
		}
		catch (IOException ex) {
			throw failedToStart(dataDirectory, ex);
		}
	}

	private static StartupFailure inUse(Path dataDirectory, @Nullable Throwable cause) {
		return new StartupFailure(
				"The embedded database's folder " + dataDirectory
						+ " is in use: another instance of the service runs on it (it holds " + ZONKY_LOCK_FILE + ")",
				"Stop that instance, or give this one a folder of its own: --" + DATA_DIR_PROPERTY
						+ "=/path/to/folder (SPM_EMBEDDED_DATABASE_DATA_DIR)",
				(cause != null) ? cause : new IllegalStateException("locked: " + dataDirectory));
	}

	/**
	 * Says why the embedded PostgreSQL did not start: no binary for this platform, or
	 * another cause in the library's own words.
	 */
	static StartupFailure failedToStart(Path dataDirectory, Throwable ex) {
		if (String.valueOf(ex.getMessage()).contains("Missing embedded postgres binaries")) {
			return new StartupFailure(
					"This build of the service has no embedded PostgreSQL for this platform ("
							+ System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")",
					"Give the service a database: SPM_DATABASE_URL=postgres://user:password@host:port/database", ex);
		}
		return new StartupFailure("Cannot start the embedded PostgreSQL in " + dataDirectory + ": " + ex.getMessage(),
				"If another instance of the service runs on this folder, stop it or give this one a folder of its own"
						+ " (--" + DATA_DIR_PROPERTY + "=...); with --" + RESET_PROPERTY
						+ "=true the folder is made anew",
				ex);
	}

	/**
	 * Stops a PostgreSQL that an earlier run left running on the folder (a JVM that was
	 * killed), unless a running service still holds the folder.
	 */
	private void stopLeftOverServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			Optional<ProcessHandle> server = ProcessHandle.of(pid)
				.filter((process) -> process.info()
					.command()
					.map((command) -> command.endsWith("postgres"))
					.orElse(false));
			if (server.isPresent()) {
				this.logger.warn("Stopping the PostgreSQL (pid " + pid + ") that an earlier run left running on "
						+ dataDirectory);
				server.get().destroy();
				server.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		catch (OverlappingFileLockException ex) {
			// this JVM runs a service on the folder: starting fails with a clear message
		}
		catch (IOException | NumberFormatException | IndexOutOfBoundsException | ExecutionException
				| TimeoutException ex) {
			this.logger.warn("Could not tell whether a PostgreSQL is left running on " + dataDirectory + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is ending: nothing else to do
		}
	}

	private static void createDatabase(EmbeddedPostgres postgres, String name) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				if (!exists.next()) {
					statement.execute("create database " + name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database " + name + " in the embedded PostgreSQL", ex);
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the embedded database's folder " + directory, ex);
		}
	}

	@Override
	public int getOrder() {
		return DatabaseUrlEnvironmentPostProcessor.ORDER + 10;
	}

}
