package org.spmawards.persistence.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.config.DatabaseUrlEnvironmentPostProcessor;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the {@link TestDatabase} when the test asks for
 * it with {@link WithTestDatabase}. It runs before the application's own database
 * settings are derived, and its settings win over any a developer has in the environment.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED_PROPERTY = "spm.test-database.enabled";

	static final String DATABASE_PROPERTY = "spm.test-database.name";

	static final String POOL_SIZE_PROPERTY = "spm.test-database.pool-size";

	/**
	 * The connections each test context's pool may hold (each also listens for data
	 * changes on one more). The test run caches up to 16 contexts
	 * ({@code spring.properties}), and PostgreSQL's default of 100 connections must hold
	 * all of them.
	 */
	static final int DEFAULT_POOL_SIZE = 3;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(ENABLED_PROPERTY, Boolean.class, false)) {
			return;
		}
		String name = environment.getProperty(DATABASE_PROPERTY, "");
		DatabaseUrl database = name.isEmpty() ? TestDatabase.shared() : TestDatabase.named(name);
		Map<String, Object> properties = new LinkedHashMap<>(
				DatabaseUrlEnvironmentPostProcessor.connectionProperties(database));
		int poolSize = environment.getProperty(POOL_SIZE_PROPERTY, Integer.class, DEFAULT_POOL_SIZE);
		properties.put("spring.r2dbc.pool.initial-size", 1);
		properties.put("spring.r2dbc.pool.max-size", poolSize);
		environment.getPropertySources().addFirst(new MapPropertySource("spmTestDatabase", properties));
	}

	@Override
	public int getOrder() {
		return DatabaseUrlEnvironmentPostProcessor.ORDER - 10;
	}

}
