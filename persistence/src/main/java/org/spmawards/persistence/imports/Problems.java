package org.spmawards.persistence.imports;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects the errors and warnings of one import, keeping the first few of each and
 * counting them all, so that a file full of mistakes makes a report of bounded size.
 */
final class Problems {

	/** How many errors, and how many warnings, a report lists. */
	static final int MAX_LISTED = 1000;

	private final List<ImportProblem> errors = new ArrayList<>();

	private final List<ImportProblem> warnings = new ArrayList<>();

	private long errorCount;

	private long warningCount;

	void error(@Nullable Long line, @Nullable String column, @Nullable String value, String reason) {
		this.errorCount++;
		if (this.errors.size() < MAX_LISTED) {
			this.errors.add(new ImportProblem(line, column, value, reason));
		}
	}

	void warning(@Nullable Long line, @Nullable String column, @Nullable String value, String reason) {
		this.warningCount++;
		if (this.warnings.size() < MAX_LISTED) {
			this.warnings.add(new ImportProblem(line, column, value, reason));
		}
	}

	boolean hasErrors() {
		return this.errorCount > 0;
	}

	long errorCount() {
		return this.errorCount;
	}

	List<ImportProblem> errors() {
		return List.copyOf(this.errors);
	}

	List<ImportProblem> warnings() {
		return List.copyOf(this.warnings);
	}

	long warningCount() {
		return this.warningCount;
	}

}
