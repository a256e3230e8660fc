package org.spmawards.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import graphql.language.FloatValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ids of persisted documents are those graphql-codegen's client preset computes: each
 * case's normal form and id were printed by codegen itself
 * ({@code src/test/resources/document-ids/}).
 */
class DocumentIdsTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("codegenCases")
	void printsTheNormalFormAndIdCodegenComputes(String name, Map<String, String> codegen) {
		assertThat(DocumentIds.normalForm(codegen.get("src"))).isEqualTo(codegen.get("printed"));
		assertThat(DocumentIds.of(codegen.get("src"))).isEqualTo(codegen.get("id"));
	}

	/**
	 * What the port prints otherwise than graphql-js does stays out of the trusted
	 * documents.
	 */
	@Test
	void noTrustedDocumentHoldsAFloatOrABlockString() {
		for (TrustedDocuments.Document document : TrustedDocuments.load().all()) {
			assertThat(document.text()).as(document.name()).doesNotContain("\"\"\"");
			assertThat(new NodeTraverser().depthFirst(new NodeVisitorStub() {
				@Override
				public TraversalControl visitFloatValue(FloatValue node, TraverserContext<Node> context) {
					throw new AssertionError(document.name() + " holds the float " + node.getValue());
				}
			}, Parser.parse(document.text()))).isNull();
		}
	}

	@SuppressWarnings("unchecked")
	static Stream<Object[]> codegenCases() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream cases = DocumentIdsTests.class.getResourceAsStream("/document-ids/codegen-cases.jsonl")) {
			return new String(cases.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> (Map<String, String>) json.readValue(line, Map.class))
				.map((codegen) -> new Object[] { codegen.getOrDefault("name", codegen.get("src")), codegen })
				.toList()
				.stream();
		}
	}

}
