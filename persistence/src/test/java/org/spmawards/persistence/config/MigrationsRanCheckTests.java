package org.spmawards.persistence.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsRanCheckTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, FlywayAutoConfiguration.class))
		.withUserConfiguration(PersistenceConfiguration.class);

	@Test
	void refusesToStartWhenFlywayHasNoUrl() {
		this.contextRunner
			.withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://localhost:5432/unused",
					"spring.r2dbc.username=spm")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("Flyway did not run")
				.hasMessageContaining("SPM_DATABASE_URL"));
	}

	@Test
	void startsWhenFlywayIsSwitchedOffOnPurpose() {
		this.contextRunner
			.withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://localhost:5432/unused",
					"spring.r2dbc.username=spm", "spring.flyway.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
