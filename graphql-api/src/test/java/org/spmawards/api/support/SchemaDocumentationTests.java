package org.spmawards.api.support;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class SchemaDocumentationTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void describesEveryTypeFieldInputFieldArgumentAndEnumValue() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || isBuiltInScalar(type)) {
				continue;
			}
			if (blank(type.getDescription())) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (blank(field.getDescription())) {
						undocumented.add(type.getName() + "." + field.getName());
					}
				}
			}
			if (type instanceof GraphQLFieldsContainer object) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					if (blank(field.getDescription())) {
						undocumented.add(type.getName() + "." + field.getName());
					}
					for (GraphQLArgument argument : field.getArguments()) {
						if (blank(argument.getDescription())) {
							undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
						}
					}
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					if (blank(value.getDescription())) {
						undocumented.add(type.getName() + "." + value.getName());
					}
				}
			}
		}
		assertThat(undocumented).isEmpty();
	}

	private static boolean isBuiltInScalar(GraphQLNamedType type) {
		return type instanceof GraphQLScalarType
				&& List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName());
	}

	private static boolean blank(String description) {
		return description == null || description.isBlank();
	}

}
