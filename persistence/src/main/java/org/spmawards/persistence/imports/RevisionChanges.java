package org.spmawards.persistence.imports;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one revision changed: the rows it added, changed and removed, and the ranks that
 * moved because of it.
 *
 * @param revision the revision
 * @param rows the rows, by region and item
 * @param ranks the ranks that moved, by level, scope and the rank after
 */
public record RevisionChanges(DataRevision revision, List<Row> rows, List<Rank> ranks) {

	/** How a row changed. */
	public enum Change {

		/** The year did not hold the row before. */
		ADDED,

		/** The row's figures or provenance changed. */
		CHANGED,

		/** The year held the row before and holds it no longer. */
		REMOVED

	}

	/**
	 * A row that changed.
	 *
	 * @param regionCode the region's code
	 * @param item the service type's code (achievements), or the sector's or
	 * {@code OVERALL} (index values)
	 * @param change how it changed
	 * @param before its figures and provenance before, as a JSON object, or {@code null}
	 * when added
	 * @param after its figures and provenance after, as a JSON object, or {@code null}
	 * when removed
	 */
	public record Row(String regionCode, String item, Change change, @Nullable String before, @Nullable String after) {

	}

	/**
	 * A rank that moved.
	 *
	 * @param regionCode the region's code
	 * @param scope the sector's code, or {@code OVERALL}
	 * @param category {@code PROVINCE}, {@code REGENCY} or {@code CITY}
	 * @param rankBefore the rank before, or {@code null} when the region was not ranked
	 * @param rankAfter the rank after, or {@code null} when it is ranked no longer
	 * @param valueBefore the index value before, or {@code null}
	 * @param valueAfter the index value after, or {@code null}
	 */
	public record Rank(String regionCode, String scope, String category, @Nullable Integer rankBefore,
			@Nullable Integer rankAfter, @Nullable BigDecimal valueBefore, @Nullable BigDecimal valueAfter) {

	}

}
