package org.spmawards.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example queries GraphiQL opens with must run without errors against the schema.
 */
@GraphQlApiTest
class GraphiQlExamplesTests {

	private static final Pattern EXAMPLE = Pattern.compile("query: `([^`]*)`");

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void opensWithExamplesThatRunWithoutErrors() {
		String page = this.client.get()
			.uri("/graphiql?path=/graphql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> examples = new ArrayList<>();
		Matcher matcher = EXAMPLE.matcher(page);
		while (matcher.find()) {
			examples.add(matcher.group(1));
		}
		assertThat(examples).hasSizeGreaterThanOrEqualTo(6)
			.anySatisfy((query) -> assertThat(query).contains("indexValues(", "achievements("))
			.anySatisfy((query) -> assertThat(query).contains("groupBy: [PROVINCE]"))
			.anySatisfy((query) -> assertThat(query).contains("groupBy: [SERVICE_TYPE]"))
			.anySatisfy((query) -> assertThat(query).contains("rankings("))
			.anySatisfy((query) -> assertThat(query).contains("awards"))
			.anySatisfy((query) -> assertThat(query).contains("sectorDetail("));
		for (String example : examples) {
			this.graphQl.document(example).execute().errors().verify();
		}
	}

}
