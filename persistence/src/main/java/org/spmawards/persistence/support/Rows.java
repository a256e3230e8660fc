package org.spmawards.persistence.support;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankScope;
import org.spmawards.domain.region.RegionCode;

/**
 * Reads the column shapes the schema repeats: provenance (verification, sources, note),
 * nullable numbers and codes.
 */
public final class Rows {

	private Rows() {
	}

	/**
	 * Returns a row's columns of one prefix under their names without it, for a mapper
	 * that reads them by name.
	 * @param row the row
	 * @param prefix the prefix, e.g. {@code value_}
	 * @return the row as read through the prefix
	 */
	public static Readable prefixed(Readable row, String prefix) {
		return new Readable() {

			@Override
			public <T> @Nullable T get(int index, Class<T> type) {
				throw new UnsupportedOperationException("A prefixed row is read by column name");
			}

			@Override
			public <T> @Nullable T get(String name, Class<T> type) {
				return row.get(prefix + name, type);
			}

		};
	}

	/**
	 * Reads the {@code verification}, {@code sources} and {@code note} columns.
	 * @param row the row
	 * @return the provenance
	 */
	public static Provenance provenance(Readable row) {
		String[] sources = row.get("sources", String[].class);
		return new Provenance(Verification.valueOf(string(row, "verification")),
				(sources != null) ? Arrays.stream(sources).map(URI::create).toList() : java.util.List.of(),
				row.get("note", String.class));
	}

	/**
	 * Reads a non-null text column.
	 * @param row the row
	 * @param column the column
	 * @return the value
	 */
	public static String string(Readable row, String column) {
		String value = row.get(column, String.class);
		if (value == null) {
			throw new IllegalStateException("Column " + column + " is null");
		}
		return value;
	}

	/**
	 * Reads a non-null integer column.
	 * @param row the row
	 * @param column the column
	 * @return the value
	 */
	public static int integer(Readable row, String column) {
		Integer value = row.get(column, Integer.class);
		if (value == null) {
			throw new IllegalStateException("Column " + column + " is null");
		}
		return value;
	}

	/**
	 * Reads a region code column.
	 * @param row the row
	 * @param column the column
	 * @return the code
	 */
	public static RegionCode regionCode(Readable row, String column) {
		return RegionCode.of(string(row, column));
	}

	/**
	 * Reads a published rank and its scope.
	 * @param row the row
	 * @param rank the rank's column
	 * @param scope the column of the scope's kind
	 * @param group the column of the scope's group
	 * @return the published rank, or {@code null} if none was published
	 */
	public static @Nullable PublishedRank publishedRank(Readable row, String rank, String scope, String group) {
		Integer value = row.get(rank, Integer.class);
		if (value == null) {
			return null;
		}
		return new PublishedRank(value,
				new RankScope(RankScope.Kind.valueOf(string(row, scope)), row.get(group, String.class)));
	}

	/**
	 * Reads a nullable score column.
	 * @param row the row
	 * @param column the column
	 * @return the score, or {@code null}
	 */
	public static @Nullable Score score(Readable row, String column) {
		BigDecimal value = row.get(column, BigDecimal.class);
		return (value != null) ? new Score(value) : null;
	}

}
