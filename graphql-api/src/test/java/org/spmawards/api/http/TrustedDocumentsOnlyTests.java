package org.spmawards.api.http;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An operator can restrict the service to its committed documents: those run by their
 * hash, nothing else runs.
 */
@GraphQlApiTest
@TestPropertySource(properties = "spm.http.trusted-documents-only=true")
class TrustedDocumentsOnlyTests {

	@Autowired
	WebTestClient client;

	@Test
	void runsATrustedDocumentByItsHash() {
		TrustedDocuments.Document document = TrustedDocuments.load().named("regionPage");
		this.client.get()
			.uri(GraphQlOverHttpTests.graphQl(Map.of("extensions",
					"{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + document.sha256() + "\"}}")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Kota Tangerang");
		// the same document sent whole runs too: it is trusted
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document.text(), "variables", Map.of("code", "81")))
			.exchange()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Maluku");
	}

	@Test
	void refusesAnyOtherDocument() {
		String query = "{ sectors { code } }";
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TRUSTED_DOCUMENTS_ONLY");
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.sha256(query)))))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TRUSTED_DOCUMENTS_ONLY");
	}

}
