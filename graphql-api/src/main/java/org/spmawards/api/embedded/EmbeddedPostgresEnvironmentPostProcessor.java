package org.spmawards.api.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.spmawards.persistence.config.DatabaseUrl;
import org.spmawards.persistence.config.DatabaseUrlEnvironmentPostProcessor;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL when no database is configured, so that the service runs
 * on a machine with nothing but a JDK. It stays out of the way of every configured
 * deployment: it does nothing once {@code SPM_DATABASE_URL} or {@code spring.r2dbc.url}
 * is set, or when {@code spm.embedded-database.enabled=false}. The database lives in a
 * temporary directory and is removed when the service stops.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED_PROPERTY = "spm.embedded-database.enabled";

	static final String PORT_PROPERTY = "spm.embedded-database.port";

	/** The database of the official data; the demo dataset gets a database of its own. */
	static final String DATABASE_NAME = "spm";

	static final String DEMO_DATABASE_NAME = "spm_demo";

	private final Log logger;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.r2dbc.url")
				|| !environment.getProperty(ENABLED_PROPERTY, Boolean.class, true)) {
			return;
		}
		boolean demo = "demo".equalsIgnoreCase(environment.getProperty("spm.dataset", "official").trim());
		DatabaseUrl url = start(environment.getProperty(PORT_PROPERTY, Integer.class, 0),
				demo ? DEMO_DATABASE_NAME : DATABASE_NAME);
		this.logger.info("No database configured (SPM_DATABASE_URL): started an embedded PostgreSQL at " + url);
		environment.getPropertySources()
			.addLast(new MapPropertySource("spmEmbeddedDatabase",
					DatabaseUrlEnvironmentPostProcessor.connectionProperties(url)));
	}

	private static DatabaseUrl start(int port, String database) {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
			createDatabase(postgres, database);
			return new DatabaseUrl("localhost", postgres.getPort(), database, "postgres", null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
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

	@Override
	public int getOrder() {
		return DatabaseUrlEnvironmentPostProcessor.ORDER + 10;
	}

}
