package org.spmawards.api.http;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over GET and POST as the GraphQL-over-HTTP specification describes it, and
 * persisted queries: the SHA-256 of a document standing in for it.
 */
@GraphQlApiTest
class GraphQlOverHttpTests {

	private static final String RANKING = "query($edition: Int!) { rankings(edition: $edition, category: PROVINCE)"
			+ " { edges { node { region { name } value } } } }";

	@Autowired
	WebTestClient client;

	@Test
	void answersAQueryWithUrlEncodedVariablesOverGet() {
		this.client.get()
			.uri(graphQl(Map.of("query", RANKING, "variables", "{\"edition\": 2025}")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.data.rankings.edges[0].node.region.name")
			.isEqualTo("Maluku")
			.jsonPath("$.data.rankings.edges[0].node.value")
			.isEqualTo(97.89);
	}

	@Test
	void refusesAMutationOverGetWith405() {
		this.client.get()
			.uri(graphQl(Map.of("query", "mutation { __typename }")))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("POST"));
	}

	@Test
	void answersARequestThatCannotRunWith400InTheGraphQlResponseType() {
		this.client.get()
			.uri(graphQl(Map.of("query", "{ sectors { nope } }")))
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("nope"));
		this.client.get()
			.uri(graphQl(Map.of("query", "{ sectors { code } }", "variables", "{not json")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("The parameter 'variables' is not JSON: URL-encode a JSON object");
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{ sectors { code } }")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void runsAPersistedQueryByItsHashOnceAClientSentIt() {
		String query = "{ region(code: \"36.71\") { name } }";
		String hash = PersistedDocuments.sha256(query);
		String extensions = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
		// not known yet: the client is told to send the document
		this.client.get()
			.uri(graphQl(Map.of("extensions", extensions)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
			.exchange()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Kota Tangerang");
		// now a short GET does
		this.client.get()
			.uri(graphQl(Map.of("extensions", extensions)))
			.exchange()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Kota Tangerang");
	}

	@Test
	void refusesADocumentWhoseHashIsNotTheOneSent() {
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sectors { code } }", "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64)))))
			.exchange()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_ID_INVALID");
	}

	@Test
	void knowsTheTrustedDocumentsByTheirHashFromTheStart() {
		String listed = this.client.get()
			.uri("/graphql/documents")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(listed).contains("\"name\":\"rankingTable\"");
		String hash = TrustedDocuments.load().named("rankingTable").sha256();
		this.client.get()
			.uri(graphQl(Map.of("variables", "{\"category\": \"PROVINCE\"}", "extensions",
					"{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}")))
			.exchange()
			.expectBody()
			.jsonPath("$.data.rankings.edges[0].node.region.name")
			.isEqualTo("Maluku");
	}

	static URI graphQl(Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/graphql");
		parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
		return uri.encode().buildAndExpand(parameters).toUri();
	}

}
