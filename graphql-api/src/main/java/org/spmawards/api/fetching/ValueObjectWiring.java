package org.spmawards.api.fetching;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.region.RegionCode;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Lets fields of scalar type read domain value objects: a {@link RegionCode} is served as
 * its text and a {@link Score} as its number, so the domain records can be returned as
 * they are instead of being copied into GraphQL-only classes.
 */
class ValueObjectWiring implements RuntimeWiringConfigurer {

	private static final Set<String> SCALARS = Set.of("ID", "String", "Float");

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public @Nullable DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
				GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(environment.getFieldType());
				if (!SCALARS.contains(type.getName())) {
					return null;
				}
				return new UnwrappingPropertyFetcher(environment.getFieldDefinition().getName());
			}

		});
	}

	/**
	 * Reads a property and unwraps it. Light, like graphql-java's own property fetcher:
	 * it needs only the source and does no I/O, so neither graphql-java's instrumentation
	 * nor Spring's context propagation needs to wrap it, which matters on fields read
	 * thousands of times per response.
	 */
	private static final class UnwrappingPropertyFetcher implements LightDataFetcher<Object> {

		private final PropertyDataFetcher<Object> property;

		UnwrappingPropertyFetcher(String name) {
			this.property = PropertyDataFetcher.fetching(name);
		}

		@Override
		public @Nullable Object get(GraphQLFieldDefinition field, Object source,
				Supplier<DataFetchingEnvironment> environment) throws Exception {
			return unwrap(this.property.get(field, source, environment));
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) {
			return unwrap(this.property.get(environment));
		}

	}

	static @Nullable Object unwrap(@Nullable Object value) {
		if (value instanceof RegionCode code) {
			return code.value();
		}
		if (value instanceof Score score) {
			return score.value();
		}
		return value;
	}

}
