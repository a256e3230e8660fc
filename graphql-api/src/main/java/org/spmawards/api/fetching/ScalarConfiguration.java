package org.spmawards.api.fetching;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires the scalars the schema declares beyond GraphQL's own, and lets domain value
 * objects stand where the schema has plain scalars.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		return (wiring) -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
	}

	@Bean
	RuntimeWiringConfigurer valueObjectWiring() {
		return new ValueObjectWiring();
	}

}
