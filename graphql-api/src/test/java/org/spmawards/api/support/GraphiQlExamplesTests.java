package org.spmawards.api.support;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.http.TrustedDocuments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL opens with the trusted documents as its example tabs; each must run without
 * errors against the schema.
 */
@GraphQlApiTest
class GraphiQlExamplesTests {

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void opensWithExamplesThatRunWithoutErrors() {
		this.client.get()
			.uri("/graphiql?path=/graphql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("fetch(url + '/documents')", "webjars/graphiql/graphiql.min.js")
				.doesNotContain("https://"));
		List<String> examples = TrustedDocuments.load().all().stream().map(TrustedDocuments.Document::text).toList();
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
