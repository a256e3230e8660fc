package org.spmawards.api.http;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

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
	void runsATrustedDocumentByTheIdCodegenGivesItOverGetAndPost() {
		TrustedDocuments.Document document = TrustedDocuments.load().named("regionPage");
		// the id graphql-codegen's client preset computes for
		// graphql-documents/regionPage.graphql
		assertThat(document.documentId())
			.isEqualTo("sha256:9f453a01d5b6cd4c51dbc32f90b9d1ca575b43396538451cd2942abb22622aa9");
		this.client.get()
			.uri(GraphQlOverHttpTests.graphQl(Map.of("documentId", document.documentId())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Kota Tangerang");
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("documentId", document.documentId(), "variables", Map.of("code", "81")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.region.name")
			.isEqualTo("Maluku");
		// the manifest a build tool reads: each id with the normal form it hashes
		this.client.get()
			.uri("/graphql/persisted-documents.json")
			.exchange()
			.expectBody()
			.jsonPath("$['" + document.documentId() + "']")
			.isEqualTo(document.normalForm());
	}

	@Test
	void answersAnUnknownOrMalformedDocumentIdWithATypedError() {
		this.client.get()
			.uri(GraphQlOverHttpTests.graphQl(Map.of("documentId", "sha256:" + "0".repeat(64))))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("PERSISTED_DOCUMENT_NOT_FOUND");
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("documentId", "regionPage"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("'sha256:'"));
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("documentId", TrustedDocuments.load().named("regionPage").documentId(), "query",
					"{ sectors { code } }"))
			.exchange()
			.expectStatus()
			.isBadRequest();
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
