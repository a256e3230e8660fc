package org.spmawards.persistence.imports;

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

}
