package org.spmawards.api.map;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * A region's boundary and bounding box, from the boundaries in memory: no statement per
 * region, so a page of regions with their outlines costs what the page costs.
 */
@Controller
class BoundaryController {

	private final Boundaries boundaries;

	BoundaryController(Boundaries boundaries) {
		this.boundaries = boundaries;
	}

	@SchemaMapping(typeName = "Region")
	JsonNode boundary(Region region, @Argument @Nullable MapResolution resolution) {
		// an explicit null is the schema's default
		return this.boundaries.find(region.code(), (resolution != null) ? resolution : MapResolution.OVERVIEW)
			.geometry();
	}

	@SchemaMapping(typeName = "Region")
	BoundingBox boundingBox(Region region) {
		return this.boundaries.find(region.code(), MapResolution.OVERVIEW).boundingBox();
	}

	/**
	 * The {@code GeoJSON} scalar: a geometry, written as the JSON object it is (as maps
	 * and lists, so that the response cache can weigh it). It is only ever an output.
	 */
	@Bean
	static RuntimeWiringConfigurer geoJsonScalar(JsonMapper json) {
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
