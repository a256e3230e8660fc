package org.spmawards.api.node;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import org.spmawards.api.achievement.ServiceAchievementView;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Gives every {@code Node} type its {@code id} field, and tells the {@code Node}
 * interface which type an object is.
 */
@Configuration(proxyBeanMethods = false)
class NodeConfiguration {

	private static final List<String> NODE_TYPES = List.of(NodeIds.REGION, NodeIds.SECTOR, NodeIds.SERVICE_TYPE,
			NodeIds.AWARD_EDITION, NodeIds.AWARD_RESULT, NodeIds.AWARD_MENTION, NodeIds.INDEX_VALUE,
			NodeIds.SERVICE_ACHIEVEMENT, NodeIds.METHODOLOGY, NodeIds.ACHIEVEMENT_LEVEL, NodeIds.DATA_REVISION,
			NodeIds.NATIONAL_AVERAGE);

	/** Reads the ID from the object in hand: no I/O, so nothing needs to wrap it. */
	private static final DataFetcher<String> ID = (TrivialDataFetcher<String>) (
			environment) -> NodeIds.of(environment.getSource()).encoded();

	@Bean
	RuntimeWiringConfigurer nodeIdWiring() {
		return (wiring) -> NODE_TYPES.forEach((type) -> wiring.type(type, (builder) -> builder.dataFetcher("id", ID)));
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeTypeResolver() {
		ClassNameTypeResolver resolver = new ClassNameTypeResolver();
		resolver.addMapping(ServiceAchievementView.class, NodeIds.SERVICE_ACHIEVEMENT);
		return (builder) -> builder.defaultTypeResolver(resolver);
	}

}
