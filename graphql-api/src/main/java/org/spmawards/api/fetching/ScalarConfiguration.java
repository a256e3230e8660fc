package org.spmawards.api.fetching;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * The {@code GeoJSON} scalar: a geometry, written as the JSON object it is (as maps
	 * and lists, so that the response cache can weigh it). It is only ever an output.
	 */
	@Bean
	RuntimeWiringConfigurer geoJsonScalar(JsonMapper json) {
		GraphQLScalarType scalar = GraphQLScalarType.newScalar()
			.name("GeoJSON")
			.description("A GeoJSON geometry object (RFC 7946)")
			.coercing(new Coercing<JsonNode, Object>() {

				@Override
				public Object serialize(Object value, GraphQLContext context, Locale locale) {
					return json.convertValue(value, Object.class);
				}

				@Override
				public JsonNode parseValue(Object input, GraphQLContext context, Locale locale) {
					throw new CoercingParseValueException("GeoJSON is an output only");
				}

				@Override
				public @Nullable JsonNode parseLiteral(Value<?> input, CoercedVariables variables,
						GraphQLContext context, Locale locale) {
					throw new CoercingParseLiteralException("GeoJSON is an output only");
				}

			})
			.build();
		return (wiring) -> wiring.scalar(scalar);
	}

}
