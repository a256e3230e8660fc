package org.spmawards.persistence.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spmawards.persistence.database.DatabaseUrl;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code SPM_DATABASE_URL} ({@code spm.database-url}) into the R2DBC and Flyway
 * settings that Spring Boot reads. Boot's own {@code spring.r2dbc.url} wins when both are
 * set. Flyway needs its own JDBC URL: with R2DBC there is no DataSource for it to use.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * The property holding the database URL; the environment variable is
	 * SPM_DATABASE_URL.
	 */
	public static final String DATABASE_URL_PROPERTY = "spm.database-url";

	/** Runs after the application's configuration files have been read. */
	public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	private static final String PROPERTY_SOURCE_NAME = "spmDatabaseUrl";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(DATABASE_URL_PROPERTY);
		if (url == null || url.isBlank() || environment.containsProperty("spring.r2dbc.url")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, connectionProperties(DatabaseUrl.parse(url))));
	}

	/**
	 * Returns the Spring Boot properties that connect R2DBC and Flyway to a database.
	 * @param url the database
	 * @return the properties
	 */
	public static Map<String, Object> connectionProperties(DatabaseUrl url) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.r2dbc.url", url.r2dbcUrl());
		properties.put("spring.flyway.url", url.jdbcUrl());
		if (url.username() != null) {
			properties.put("spring.r2dbc.username", url.username());
			properties.put("spring.flyway.user", url.username());
		}
		if (url.password() != null) {
			properties.put("spring.r2dbc.password", url.password());
			properties.put("spring.flyway.password", url.password());
		}
		return properties;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
