package org.spmawards.persistence.imports;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with an import file, or worth a warning.
 *
 * @param line the line in the file, the header being line 1, or {@code null} for a
 * problem with the request itself
 * @param column the column (or request parameter), or {@code null} for a whole row
 * @param value the value found, or {@code null}
 * @param reason what is wrong and what is accepted
 */
public record ImportProblem(@Nullable Long line, @Nullable String column, @Nullable String value, String reason) {

	/** The most characters of a value a report repeats. */
	static final int MAX_VALUE = 80;

	/** The most characters of a reason or column name. */
	static final int MAX_TEXT = 400;

	public ImportProblem {
		column = abbreviate(column, MAX_TEXT);
		value = abbreviate(value, MAX_VALUE);
		reason = Objects.requireNonNull(abbreviate(reason, MAX_TEXT));
	}

	/**
	 * Keeps the start of a long text, so that a report stays small whatever the file
	 * holds: 1,000 problems with a 10 KB cell each must not make a 10 MB answer.
	 */
	private static @Nullable String abbreviate(@Nullable String text, int most) {
		if (text == null || text.length() <= most) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(most - 1)) ? most - 1 : most;
		return text.substring(0, end) + "... (" + text.length() + " characters)";
	}

}
