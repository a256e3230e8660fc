package org.spmawards.api.execution;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root field (each query, mutation and subscription) is served by an annotated
 * controller method, the one way a newcomer searching for {@code @QueryMapping} finds: a
 * plain data fetcher registered for a root field fails here with its coordinates.
 */
@GraphQlApiTest
class OneExecutionPathTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyRootFieldIsServedByAControllerMethod() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Map<String, String> servedOtherwise = new TreeMap<>();
		int served = 0;
		for (GraphQLObjectType root : new GraphQLObjectType[] { schema.getQueryType(), schema.getMutationType(),
				schema.getSubscriptionType() }) {
			if (root == null) {
				continue;
			}
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				DataFetcher<?> fetcher = undecorated(
						schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(root, field), field));
				if (fetcher instanceof SelfDescribingDataFetcher<?> method
						&& method.getDescription().contains("Controller#")) {
					served++;
				}
				else {
					servedOtherwise.put(root.getName() + "." + field.getName(), fetcher.getClass().getName());
				}
			}
		}
		assertThat(servedOtherwise).as("root fields served by something other than a controller method").isEmpty();
		assertThat(served).isGreaterThanOrEqualTo(18);
	}

	/**
	 * The fetcher inside Spring's decorators (the context and connection adapters), which
	 * keep it in a field named {@code delegate} and do not describe it.
	 */
	private static DataFetcher<?> undecorated(DataFetcher<?> fetcher) {
		DataFetcher<?> current = fetcher;
		while (!(current instanceof SelfDescribingDataFetcher)) {
			Field delegate = ReflectionUtils.findField(current.getClass(), "delegate", DataFetcher.class);
			if (delegate == null) {
				return current;
			}
			ReflectionUtils.makeAccessible(delegate);
			current = (DataFetcher<?>) ReflectionUtils.getField(delegate, current);
		}
		return current;
	}

}
