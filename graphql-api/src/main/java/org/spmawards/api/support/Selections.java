package org.spmawards.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Reads a field's selection by field names. {@link DataFetchingFieldSelectionSet}'s own
 * {@code contains} and {@code getFields} take glob patterns: each call compiles a path
 * matcher and matches the path of every selected field against it (JFR put a few per cent
 * of an uncached ranking page's samples there; its req/s did not move beyond the noise).
 * Walking the immediate fields by name finds the same fields (fragments and aliases
 * included: they are the selection's own fields).
 */
public final class Selections {

	private Selections() {
	}

	/**
	 * Returns the fields selected under a path of field names: under every field of the
	 * first name, those of the second name, and so on.
	 * @param selection the selection
	 * @param path field names from the selection down, e.g. {@code "edges", "node"}
	 * @return the fields selected at the end of the path; empty if none was selected
	 */
	public static List<SelectedField> under(DataFetchingFieldSelectionSet selection, String... path) {
		List<SelectedField> fields = selection.getImmediateFields();
		for (String name : path) {
			fields = under(fields, name);
		}
		return fields;
	}

	/**
	 * Returns the fields selected under those of the fields that have a name.
	 * @param fields the fields
	 * @param name the name
	 * @return the fields selected under every field of that name; empty if none
	 */
	public static List<SelectedField> under(List<SelectedField> fields, String name) {
		List<SelectedField> under = new ArrayList<>();
		for (SelectedField field : fields) {
			if (field.getName().equals(name)) {
				under.addAll(field.getSelectionSet().getImmediateFields());
			}
		}
		return under;
	}

	/**
	 * Returns whether any of the fields has one of the names.
	 * @param fields the fields
	 * @param names the names
	 * @return whether one of the fields is named so
	 */
	public static boolean anyNamed(List<SelectedField> fields, Set<String> names) {
		for (SelectedField field : fields) {
			if (names.contains(field.getName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns whether all of the fields have one of the names.
	 * @param fields the fields
	 * @param names the names
	 * @return whether each of the fields is named so (true for no fields)
	 */
	public static boolean allNamed(List<SelectedField> fields, Set<String> names) {
		for (SelectedField field : fields) {
			if (!names.contains(field.getName())) {
				return false;
			}
		}
		return true;
	}

}
