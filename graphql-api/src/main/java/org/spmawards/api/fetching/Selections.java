package org.spmawards.api.fetching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * The fields selected under a field, by name, read from the document itself: the fields
 * of its selection sets and of the fragments in them. Deciding what to read from the
 * names is all a data fetcher here needs; {@link DataFetchingFieldSelectionSet} would
 * build graphql-java's normalized form of the whole operation for each request, and its
 * {@code contains} and {@code getFields} match glob patterns.
 * <p>
 * A fragment counts whatever its type condition, and a field whatever {@code @skip} or
 * {@code @include} say of it: a field counted here that does not run can only make a read
 * wider, never narrower. Aliases do not matter: a field is known by its name.
 */
public final class Selections {

	private final List<Field> fields;

	private final Map<String, FragmentDefinition> fragments;

	private Selections(List<Field> fields, Map<String, FragmentDefinition> fragments) {
		this.fields = fields;
		this.fragments = fragments;
	}

	/**
	 * Returns the fields selected directly under the field being fetched.
	 * @param environment the field's environment
	 * @return its selection
	 */
	public static Selections of(DataFetchingEnvironment environment) {
		Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
		List<Field> fields = new ArrayList<>();
		for (Field field : environment.getMergedField().getFields()) {
			collect(field.getSelectionSet(), fragments, fields);
		}
		return new Selections(fields, fragments);
	}

	private static void collect(@Nullable SelectionSet selectionSet, Map<String, FragmentDefinition> fragments,
			List<Field> fields) {
		if (selectionSet == null) {
			return;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				fields.add(field);
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), fragments, fields);
			}
			else if (selection instanceof FragmentSpread spread) {
				// validation has refused unknown fragments and cycles of them
				FragmentDefinition definition = fragments.get(spread.getName());
				collect((definition != null) ? definition.getSelectionSet() : null, fragments, fields);
			}
		}
	}

	/**
	 * Returns the fields selected under a path of field names: under every field of the
	 * first name, those of the second name, and so on.
	 * @param path field names from this selection down, e.g. {@code "edges", "node"}
	 * @return the fields selected at the end of the path; none if none was selected
	 */
	public Selections under(String... path) {
		List<Field> current = this.fields;
		for (String name : path) {
			List<Field> under = new ArrayList<>();
			for (Field field : current) {
				if (field.getName().equals(name)) {
					collect(field.getSelectionSet(), this.fragments, under);
				}
			}
			current = under;
		}
		return new Selections(current, this.fragments);
	}

	/**
	 * Returns the fields of this selection and of another of the same document.
	 * @param other the other selection
	 * @return both selections' fields
	 */
	public Selections and(Selections other) {
		List<Field> both = new ArrayList<>(this.fields);
		both.addAll(other.fields);
		return new Selections(both, this.fragments);
	}

	/**
	 * Returns whether any of the fields has one of the names.
	 * @param names the names
	 * @return whether one of the fields is named so
	 */
	public boolean anyNamed(Set<String> names) {
		for (Field field : this.fields) {
			if (names.contains(field.getName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns whether all of the fields have one of the names.
	 * @param names the names
	 * @return whether each of the fields is named so (true for no fields)
	 */
	public boolean allNamed(Set<String> names) {
		for (Field field : this.fields) {
			if (!names.contains(field.getName())) {
				return false;
			}
		}
		return true;
	}

}
