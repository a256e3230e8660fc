package org.spmawards.persistence.test;

import org.spmawards.persistence.config.DatabaseUrl;
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

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(ENABLED_PROPERTY, Boolean.class, false)) {
			return;
		}
		String name = environment.getProperty(DATABASE_PROPERTY, "");
		DatabaseUrl database = name.isEmpty() ? TestDatabase.shared() : TestDatabase.named(name);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("spmTestDatabase",
					DatabaseUrlEnvironmentPostProcessor.connectionProperties(database)));
	}

	@Override
	public int getOrder() {
		return DatabaseUrlEnvironmentPostProcessor.ORDER - 10;
	}

}
