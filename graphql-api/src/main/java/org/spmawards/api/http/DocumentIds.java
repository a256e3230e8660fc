package org.spmawards.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;

/**
 * The ids of persisted documents as graphql-codegen's client preset computes them
 * ({@code persistedDocuments: true}): {@code sha256:} and the SHA-256 of the document
 * printed in its normal form, that of {@code printExecutableGraphQLDocument}
 * ({@code @graphql-tools/documents}): definitions sorted (fragments, then operations, by
 * name), variables by name, the selections of each set sorted (fields by name, then
 * fragment spreads, then inline fragments), the arguments and directives of directives
 * and fragments sorted, printed as graphql-js prints and on one line. A mutation's top
 * level keeps its order; field arguments and values keep theirs. The clients suite checks
 * these ids against codegen's own.
 */
final class DocumentIds {

	private static final int MAX_LINE_LENGTH = 80;

	/** Every run of what JavaScript's {@code \s} matches. */
	private static final Pattern WHITESPACE = Pattern
		.compile("[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

	private DocumentIds() {
	}

	/**
	 * Returns a document's id.
	 * @param document the document's text: one operation and the fragments it uses
	 * @return {@code sha256:} and the hash in lower-case hex
	 */
	static String of(String document) {
		return ofNormalForm(normalForm(document));
	}

	/**
	 * Returns the id of a document already in its normal form.
	 * @param normalForm the document as {@link #normalForm(String)} prints it
	 * @return {@code sha256:} and the hash in lower-case hex
	 */
	static String ofNormalForm(String normalForm) {
		return "sha256:" + PersistedDocuments.sha256(normalForm);
	}

	/**
	 * Returns a document printed in its normal form, as codegen's manifest holds it.
	 * @param document the document's text
	 * @return the normal form, on one line
	 */
	static String normalForm(String document) {
		Document parsed = Parser.parse(document);
		List<Definition> definitions = sorted(parsed.getDefinitions(), DocumentIds::definitionKey);
		String printed = definitions.stream().map(DocumentIds::definition).collect(Collectors.joining(" "));
		return WHITESPACE.matcher(printed).replaceAll(" ").trim();
	}

	private static String definitionKey(Definition<?> definition) {
		if (definition instanceof FragmentDefinition fragment) {
			return "FragmentDefinition\u0000" + fragment.getName();
		}
		String name = ((OperationDefinition) definition).getName();
		return "OperationDefinition\u0000" + ((name != null) ? name : "\uffff");
	}

	private static String definition(Definition<?> definition) {
		if (definition instanceof FragmentDefinition fragment) {
			return "fragment " + fragment.getName() + " on " + fragment.getTypeCondition().getName()
					+ directives(sorted(fragment.getDirectives(), Directive::getName), true) + " "
					+ block(fragment.getSelectionSet().getSelections(), true);
		}
		OperationDefinition operation = (OperationDefinition) definition;
		String kind = operation.getOperation().name().toLowerCase(Locale.ROOT);
		String variables = operation.getVariableDefinitions().isEmpty() ? ""
				: sorted(operation.getVariableDefinitions(), VariableDefinition::getName).stream()
					.map(DocumentIds::variable)
					.collect(Collectors.joining(", ", "(", ")"));
		String name = ((operation.getName() != null) ? operation.getName() : "") + variables;
		String head = join(" ", kind, name,
				operation.getDirectives()
					.stream()
					.map((directive) -> directive(directive, true))
					.collect(Collectors.joining(" ")));
		boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
		String body = mutation
				? operation.getSelectionSet()
					.getSelections()
					.stream()
					.map((selection) -> selection(selection, true, false))
					.collect(Collectors.joining(" ", "{ ", " }"))
				: block(operation.getSelectionSet().getSelections(), true);
		return (head.equals("query") ? "" : head + " ") + body;
	}

	private static String variable(VariableDefinition variable) {
		return "$" + variable.getName() + ": " + type(variable.getType())
				+ ((variable.getDefaultValue() != null) ? " = " + value(variable.getDefaultValue()) : "")
				+ directives(variable.getDirectives(), true);
	}

	private static String type(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return type(nonNull.getType()) + "!";
		}
		if (type instanceof ListType list) {
			return "[" + type(list.getType()) + "]";
		}
		return ((TypeName) type).getName();
	}

	/** A selection set, its selections sorted when {@code normalised}. */
	private static String block(List<Selection> selections, boolean normalised) {
		List<Selection> ordered = normalised ? sorted(selections, DocumentIds::selectionKey) : selections;
		return ordered.stream()
			.map((selection) -> selection(selection, normalised, true))
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	/**
	 * The sort key of a selection: a field by its name (not its alias), a fragment spread
	 * by its fragment, an inline fragment by its type and its own selections as printed
	 * sorted (but not deeper).
	 */
	private static String selectionKey(Selection<?> selection) {
		if (selection instanceof Field field) {
			return "0" + field.getName();
		}
		if (selection instanceof FragmentSpread spread) {
			return "1" + spread.getName();
		}
		InlineFragment inline = (InlineFragment) selection;
		return "2" + ((inline.getTypeCondition() != null) ? inline.getTypeCondition().getName() : "")
				+ sorted(inline.getSelectionSet().getSelections(), DocumentIds::selectionKey).stream()
					.map((each) -> selection(each, false, true))
					.collect(Collectors.joining(" "));
	}

	/**
	 * A selection; {@code normalised} sorts what it holds, {@code sortHere} (false at a
	 * mutation's top level) whether an inline fragment sorts its own directives and
	 * selections.
	 */
	private static String selection(Selection<?> selection, boolean normalised, boolean sortHere) {
		if (selection instanceof Field field) {
			String head = ((field.getAlias() != null) ? field.getAlias() + ": " : "") + field.getName();
			List<String> arguments = field.getArguments().stream().map(DocumentIds::argument).toList();
			String argumentText = "";
			if (!arguments.isEmpty()) {
				String inline = String.join(", ", arguments);
				argumentText = (head.length() + inline.length() + 2 > MAX_LINE_LENGTH)
						? "( " + String.join(" ", arguments) + " )" : "(" + inline + ")";
			}
			return head + argumentText + directives(field.getDirectives(), normalised)
					+ ((field.getSelectionSet() != null)
							? " " + block(field.getSelectionSet().getSelections(), normalised) : "");
		}
		if (selection instanceof FragmentSpread spread) {
			return "..." + spread.getName()
					+ directives(
							normalised ? sorted(spread.getDirectives(), Directive::getName) : spread.getDirectives(),
							normalised);
		}
		InlineFragment inline = (InlineFragment) selection;
		boolean sort = normalised && sortHere;
		String directives = (sort ? sorted(inline.getDirectives(), Directive::getName) : inline.getDirectives())
			.stream()
			.map((directive) -> directive(directive, sort))
			.collect(Collectors.joining(" "));
		return join(" ", "...", (inline.getTypeCondition() != null) ? "on " + inline.getTypeCondition().getName() : "",
				directives,
				sort ? block(inline.getSelectionSet().getSelections(), true)
						: inline.getSelectionSet()
							.getSelections()
							.stream()
							.map((each) -> selection(each, normalised, true))
							.collect(Collectors.joining(" ", "{ ", " }")));
	}

	private static String directives(List<Directive> directives, boolean sortArguments) {
		return directives.isEmpty() ? ""
				: directives.stream()
					.map((directive) -> directive(directive, sortArguments))
					.collect(Collectors.joining(" ", " ", ""));
	}

	/** A directive, its arguments sorted by name when {@code sortArguments}. */
	private static String directive(Directive directive, boolean sortArguments) {
		List<Argument> arguments = sortArguments ? sorted(directive.getArguments(), Argument::getName)
				: directive.getArguments();
		return "@" + directive.getName() + (arguments.isEmpty() ? ""
				: arguments.stream().map(DocumentIds::argument).collect(Collectors.joining(", ", "(", ")")));
	}

	private static String argument(Argument argument) {
		return argument.getName() + ": " + value(argument.getValue());
	}

	private static String value(Value<?> value) {
		if (value instanceof VariableReference variable) {
			return "$" + variable.getName();
		}
		if (value instanceof IntValue number) {
			return number.getValue().toString();
		}
		if (value instanceof FloatValue number) {
			return number.getValue().toString();
		}
		if (value instanceof StringValue text) {
			return string(text.getValue());
		}
		if (value instanceof BooleanValue bool) {
			return String.valueOf(bool.isValue());
		}
		if (value instanceof NullValue) {
			return "null";
		}
		if (value instanceof EnumValue name) {
			return name.getName();
		}
		if (value instanceof ArrayValue list) {
			return list.getValues().stream().map(DocumentIds::value).collect(Collectors.joining(", ", "[", "]"));
		}
		return ((ObjectValue) value).getObjectFields()
			.stream()
			.map((field) -> field.getName() + ": " + value(field.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	/**
	 * A string as graphql-js prints it: quotes, backslashes and control characters
	 * escaped.
	 */
	private static String string(String text) {
		StringBuilder printed = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> printed.append("\\\"");
				case '\\' -> printed.append("\\\\");
				case '\b' -> printed.append("\\b");
				case '\t' -> printed.append("\\t");
				case '\n' -> printed.append("\\n");
				case '\f' -> printed.append("\\f");
				case '\r' -> printed.append("\\r");
				default -> {
					if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
						printed.append(String.format("\\u%04X", (int) c));
					}
					else {
						printed.append(c);
					}
				}
			}
		}
		return printed.append('"').toString();
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (!part.isEmpty()) {
				present.add(part);
			}
		}
		return String.join(separator, present);
	}

	/**
	 * A stable sort by a key compared as JavaScript compares strings (by UTF-16 unit).
	 */
	private static <T> List<T> sorted(List<T> items, Function<? super T, String> key) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(key));
		return sorted;
	}

}
