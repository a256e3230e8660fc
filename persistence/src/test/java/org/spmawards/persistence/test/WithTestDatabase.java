package org.spmawards.persistence.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Connects a Spring Boot test to a throw-away PostgreSQL database from
 * {@link TestDatabase}, migrated by Flyway when the context starts. Tests share one
 * database per JVM; a test that changes data names a database of its own with the
 * property {@code spm.test-database.name}, e.g.
 * {@code @TestPropertySource(properties = "spm.test-database.name=imports")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = TestDatabaseEnvironmentPostProcessor.ENABLED_PROPERTY + "=true")
public @interface WithTestDatabase {

}
