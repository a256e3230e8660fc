package org.spmawards.api.errors;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Says in plain words what graphql-java's validation says with syntax-tree dumps: an
 * argument of the wrong type reads "Argument 'first' of regions must be an Int (a whole
 * number), not a list" instead of repeating {@code ArrayValue{values=[IntValue{...}]}};
 * and no message repeats more than a hundred characters of a value it was given. Other
 * messages are left as they are.
 */
@Component
class ValidationMessages implements WebGraphQlInterceptor {

	private static final Pattern WRONG_TYPE = Pattern.compile(
			"Validation error \\(WrongType@\\[(.*?)\\]\\) : argument '(.*?)' with value '.*?' is not a valid '(.*?)'"
					+ " - (?:Expected an AST type of .* but it was a '(\\w+)'|.*)",
			Pattern.DOTALL);

	private static final Pattern DUMP = Pattern.compile("'?\\b[A-Z][A-Za-z]*Value\\{.*\\}'?", Pattern.DOTALL);

	/** The most characters of a client's value that an error message repeats. */
	static final int MOST_VALUE_CHARACTERS = 100;

	/** The most characters of an error message. */
	static final int MOST_MESSAGE_CHARACTERS = 1000;

	private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (MOST_VALUE_CHARACTERS + 1) + ",}");

	private static final Map<String, String> KINDS = Map.of("IntValue", "a whole number", "FloatValue",
			"a decimal number", "StringValue", "a string in quotes", "BooleanValue", "true or false", "EnumValue",
			"a name without quotes", "ArrayValue", "a list", "ObjectValue", "an input object", "NullValue", "null",
			"VariableReference", "a variable");

	private static final Map<String, String> TYPES = Map.of("Int", "an Int (a whole number)", "Float",
			"a Float (a number)", "String", "a String (text in quotes)", "Boolean", "a Boolean (true or false)", "ID",
			"an ID (a code in quotes, e.g. \"36.71\")");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<ResponseError> errors = response.getErrors();
			if (errors.stream().noneMatch((error) -> needsRewording(error.getMessage()))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors.stream().map(this::reword).toList()));
		});
	}

	private static boolean needsRewording(@Nullable String message) {
		return message != null && (dumpsSyntax(message) || message.length() > MOST_VALUE_CHARACTERS);
	}

	private static boolean dumpsSyntax(String message) {
		return message.contains("Value{") || message.startsWith("Validation error (WrongType");
	}

	private GraphQLError reword(ResponseError error) {
		String message = String.valueOf(error.getMessage());
		return ResponseErrors.rebuilt(error, cut(dumpsSyntax(message) ? plain(message) : message),
				error.getExtensions());
	}

	/**
	 * Cuts what a message repeats of a client's input: a run of more than
	 * {@value #MOST_VALUE_CHARACTERS} characters without a space to that many, and the
	 * whole message to {@value #MOST_MESSAGE_CHARACTERS}, so that a huge argument is not
	 * sent back.
	 */
	static String cut(String message) {
		String cut = LONG_RUN.matcher(message)
			.replaceAll((run) -> Matcher.quoteReplacement(run.group().substring(0, MOST_VALUE_CHARACTERS) + "…"));
		return (cut.length() > MOST_MESSAGE_CHARACTERS) ? cut.substring(0, MOST_MESSAGE_CHARACTERS) + "…" : cut;
	}

	/** A validation message without syntax-tree dumps. */
	static String plain(String message) {
		Matcher wrongType = WRONG_TYPE.matcher(message);
		if (wrongType.matches()) {
			String type = wrongType.group(3);
			String expected = TYPES.getOrDefault(type,
					"of type " + type + " (an enum value is written without quotes, an input object in braces)");
			String given = (wrongType.group(4) != null) ? KINDS.getOrDefault(wrongType.group(4), "something else")
					: "a value of another type";
			return "Argument '" + wrongType.group(2) + "' of " + wrongType.group(1) + " must be " + expected + ", not "
					+ given;
		}
		return DUMP.matcher(message).replaceAll("the value given");
	}

}
