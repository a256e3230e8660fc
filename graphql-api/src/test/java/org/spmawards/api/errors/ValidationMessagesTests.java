package org.spmawards.api.errors;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.fetching.Arguments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arguments of the wrong type are answered in plain words, without graphql-java's
 * syntax-tree dumps.
 */
@GraphQlApiTest
class ValidationMessagesTests {

	@Autowired
	WebTestClient client;

	@Test
	void saysWhatTypeAnArgumentMustHaveWithoutSyntaxTreeDumps() {
		assertThat(message("{ regions(first: [1]) { totalCount } }"))
			.isEqualTo("Argument 'first' of regions must be an Int (a whole number), not a list");
		assertThat(message("{ rankings(edition: 2025, category: \\\"CITY\\\") { totalCount } }"))
			.isEqualTo("Argument 'category' of rankings must be of type RegionLevel (an enum value is written without"
					+ " quotes, an input object in braces), not a string in quotes");
		assertThat(message("{ indexValues(filter: {value: {in: [\\\"a\\\"]}}) { totalCount } }")).isEqualTo(
				"Argument 'filter.value.in[0]' of indexValues must be a Float (a number), not a string in quotes");
		assertThat(message("{ region(code: {a: 1}) { name } }")).isEqualTo(
				"Argument 'code' of region must be an ID (a code in quotes, e.g. \"36.71\"), not an input object");
	}

	@Test
	void keepsOtherMessagesAndRemovesAnyOtherDump() {
		assertThat(ValidationMessages
			.plain("Validation error (FieldUndefined@[x]) : Field 'x' in type 'Query' is undefined"))
			.isEqualTo("Validation error (FieldUndefined@[x]) : Field 'x' in type 'Query' is undefined");
		assertThat(ValidationMessages.plain("Bad default 'ArrayValue{values=[IntValue{value=1}]}' here"))
			.isEqualTo("Bad default the value given here");
	}

	private String message(String query) {
		String body = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"" + query + "\"}")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("Value{").contains("\"classification\":\"ValidationError\"");
		int start = body.indexOf("\"message\":\"") + 11;
		return body.substring(start, body.indexOf("\",\"", start)).replace("\\\"", "\"");
	}

}
