package org.spmawards.persistence.config;

import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.flywaydb.core.Flyway;
import org.spmawards.persistence.dataset.DatasetProperties;
import org.spmawards.persistence.index.IndexProperties;
import org.spmawards.persistence.imports.ImportProperties;
import org.spmawards.persistence.reference.ReferenceDataMigration;
import org.spmawards.persistence.replica.ReadReplicaProperties;
import org.spmawards.persistence.replica.ReadReplicas;
import org.spmawards.persistence.replica.ReadRoutingConnectionFactory;
import org.spmawards.persistence.support.CancellingConnectionFactory;
import org.spmawards.persistence.support.DriverOptions;
import org.spmawards.persistence.support.StatementCancellation;
import org.spmawards.persistence.query.CustomQueryProperties;
import org.spmawards.persistence.support.DataVersionProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers the Java migrations with Flyway and refuses to start when Flyway did not run:
 * with R2DBC there is no DataSource, so without {@code spring.flyway.url} Spring Boot
 * would skip the migrations silently and serve an empty or outdated schema.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DatasetProperties.class, IndexProperties.class, ReadReplicaProperties.class,
		ImportProperties.class, CustomQueryProperties.class, DataVersionProperties.class })
public class PersistenceConfiguration {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

	/**
	 * Wraps the connection pool so that the statements of a request that was given up are
	 * stopped in PostgreSQL ({@link StatementCancellation}), and, when read replicas are
	 * configured, routes the reads of requests to them
	 * ({@link ReadRoutingConnectionFactory}).
	 */
	@Bean
	static BeanPostProcessor wrappedConnectionFactory(ObjectProvider<ReadReplicas> replicas,
			ObjectProvider<ObservationRegistry> observations) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof ConnectionFactory factory) || bean instanceof CancellingConnectionFactory
						|| bean instanceof ReadRoutingConnectionFactory) {
					return bean;
				}
				ConnectionFactory primary = new CancellingConnectionFactory(factory,
						observations.getIfAvailable(() -> ObservationRegistry.NOOP));
				ReadReplicas readReplicas = replicas.getObject();
				return readReplicas.isEmpty() ? primary : new ReadRoutingConnectionFactory(primary, readReplicas);
			}

		};
	}

	/**
	 * Sets the driver's options ({@link DriverOptions}): rows in binary, a bounded cache
	 * of prepared statements.
	 */
	@Bean
	ConnectionFactoryOptionsBuilderCustomizer driverOptions() {
		return DriverOptions::apply;
	}

	/**
	 * The streaming replicas for reads ({@code spm.read-replicas.urls}), with the
	 * primary's credentials where a URL has none.
	 */
	@Bean
	static ReadReplicas readReplicas(Environment environment, ObjectProvider<ObservationRegistry> observations) {
		ReadReplicaProperties properties = Binder.get(environment)
			.bindOrCreate("spm.read-replicas", ReadReplicaProperties.class);
		return ReadReplicas.of(properties, environment.getProperty("spring.r2dbc.username"),
				environment.getProperty("spring.r2dbc.password"),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	@Bean
	ReferenceDataMigration referenceDataMigration() {
		return new ReferenceDataMigration();
	}

	/**
	 * Before the service takes its first request: checks that Flyway ran, marks the
	 * database with the dataset it holds (refusing to mix demo and real data), generates
	 * the demo data if needed, and recomputes the index values of the fiscal years whose
	 * data a migration changed.
	 */
	@Bean
	static SmartInitializingSingleton databaseReadiness(ObjectProvider<Flyway> flyway,
			ObjectProvider<StartupTasks> startupTasks, Environment environment) {
		return () -> {
			if (environment.containsProperty("spring.context.exit")) {
				// a training run (class data sharing) that ends once the context started:
				// it never reaches the database
				return;
			}
			boolean disabled = !environment.getProperty("spring.flyway.enabled", Boolean.class, true);
			if (!disabled && flyway.getIfAvailable() == null) {
				throw new IllegalStateException("Flyway did not run, so the schema may be missing or outdated. "
						+ "Set SPM_DATABASE_URL=postgres://user:password@host:port/database, or set spring.flyway.url, "
						+ "spring.flyway.user and spring.flyway.password beside spring.r2dbc.url.");
			}
			startupTasks.ifAvailable((tasks) -> tasks.run().block(STARTUP_TIMEOUT));
		};
	}

}
