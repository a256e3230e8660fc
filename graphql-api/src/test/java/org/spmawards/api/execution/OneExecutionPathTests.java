package org.spmawards.api.execution;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root field (each query, mutation and subscription) is served by an annotated
 * controller method, the one way a newcomer searching for {@code @QueryMapping} finds: a
 * plain data fetcher registered for a root field fails here with its coordinates. And the
 * fields of each other type are served by one controller, its home.
 */
@GraphQlApiTest
class OneExecutionPathTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	ApplicationContext context;

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

	@Test
	void everyTypeIsServedByOneController() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Set<String> roots = Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
			.filter(Objects::nonNull)
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toSet());
		Map<String, Set<String>> controllers = new TreeMap<>();
		List<GraphQLObjectType> types = schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.toList();
		for (GraphQLObjectType type : types) {
			if (type.getName().startsWith("__") || roots.contains(type.getName())) {
				continue;
			}
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				DataFetcher<?> fetcher = undecorated(
						schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), field));
				if (fetcher instanceof SelfDescribingDataFetcher<?> method) {
					String description = method.getDescription();
					// e.g. "@BatchMapping
					// org.spmawards.api.award.AwardEditionController#methodology[...]"
					String owner = description.substring(0, description.indexOf('#'));
					controllers.computeIfAbsent(type.getName(), (name) -> new TreeSet<>())
						.add(owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf(' ')) + 1));
				}
			}
		}
		// the light fetchers a controller registers for its type's fields
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			if (controller instanceof RuntimeWiringConfigurer configurer) {
				RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
				configurer.configure(wiring);
				for (String type : wiring.build().getDataFetchers().keySet()) {
					controllers.computeIfAbsent(type, (name) -> new TreeSet<>())
						.add(ClassUtils.getUserClass(controller).getSimpleName());
				}
			}
		}
		assertThat(controllers).containsKeys("Region", "IndexValue", "RankingEntry");
		assertThat(controllers).as("types served by more than one controller")
			.allSatisfy((type, owners) -> assertThat(owners).as(type).hasSize(1));
		assertThat(controllers.get("Region")).containsExactly("RegionController");
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
