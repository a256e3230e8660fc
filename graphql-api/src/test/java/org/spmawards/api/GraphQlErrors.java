package org.spmawards.api;

import java.util.Map;

import graphql.ErrorClassification;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on the one error a GraphQL response must carry.
 */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	/**
	 * Asserts that the response has exactly one error, of the given type.
	 * @param response the response
	 * @param type the error's classification
	 */
	public static void expectError(GraphQlTester.Response response, ErrorClassification type) {
		assertOneError(response, type, null, Map.of());
	}

	/**
	 * Asserts that the response has exactly one error, of the given type, whose
	 * extensions hold the given entries.
	 * @param response the response
	 * @param type the error's classification
	 * @param extensions entries the error's extensions hold
	 */
	public static void expectError(GraphQlTester.Response response, ErrorClassification type,
			Map<String, ?> extensions) {
		assertOneError(response, type, null, extensions);
	}

	/**
	 * Asserts that the response has exactly one error, of the given type, whose message
	 * contains the given text.
	 * @param response the response
	 * @param type the error's classification
	 * @param message text the error's message contains
	 */
	public static void expectError(GraphQlTester.Response response, ErrorClassification type, String message) {
		assertOneError(response, type, message, Map.of());
	}

	/**
	 * Asserts that the response has exactly one error, of the given type, whose message
	 * contains the given text and whose extensions hold the given entries.
	 * @param response the response
	 * @param type the error's classification
	 * @param message text the error's message contains
	 * @param extensions entries the error's extensions hold
	 */
	public static void expectError(GraphQlTester.Response response, ErrorClassification type, String message,
			Map<String, ?> extensions) {
		assertOneError(response, type, message, extensions);
	}

	private static void assertOneError(GraphQlTester.Response response, ErrorClassification type,
			@Nullable String message, Map<String, ?> extensions) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			if (message != null) {
				assertThat(error.getMessage()).contains(message);
			}
			assertThat(error.getExtensions()).containsAllEntriesOf(extensions);
		}));
	}

}
