package org.spmawards.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a test against the whole service over HTTP, with an {@code HttpGraphQlTester} and
 * a {@link WithTestDatabase test database}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureHttpGraphQlTester
@WithTestDatabase
public @interface GraphQlApiTest {

}
