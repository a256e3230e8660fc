package org.spmawards.api.execution;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spm.graphql.direct-completion.enabled=false} leaves every field to graphql-java,
 * and the service answers as it does with the direct completion
 * ({@link DirectCompletionTests} compares the two answers request by request).
 */
@GraphQlApiTest
@TestPropertySource(properties = "spm.graphql.direct-completion.enabled=false")
class DirectCompletionSwitchTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void completesEveryFieldWithGraphqlJavasOwnStrategyWhenSwitchedOff() {
		assertThat(this.graphQlSource.graphQl().getQueryStrategy()).isNotInstanceOf(DirectCompletionStrategy.class);
		this.graphQl.documentName("rankingTable")
			.execute()
			.path("rankings.edges[0].node.region.name")
			.entity(String.class)
			.isEqualTo("Kota Tangerang");
	}

}
