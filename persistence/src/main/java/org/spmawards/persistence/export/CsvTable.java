package org.spmawards.persistence.export;

import java.util.List;
import java.util.Map;

/**
 * One exported table: its file name, its documented columns and the SQL that reads it.
 * The SQL returns the columns in order, as text, sorted so that the same data always
 * gives the same file.
 *
 * @param fileName the file name, e.g. {@code winners.csv}
 * @param description what a row is
 * @param columns the columns, in order
 * @param sql the query, with named parameters where the table takes them
 * @param parameters the values of the named parameters
 */
public record CsvTable(String fileName, String description, List<Column> columns, String sql,
		Map<String, Object> parameters) {

	public CsvTable {
		columns = List.copyOf(columns);
		parameters = Map.copyOf(parameters);
	}

	/**
	 * Returns the column names, for the header row.
	 * @return the names
	 */
	public List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	/**
	 * A documented column.
	 *
	 * @param name the name in the header
	 * @param description what it holds; empty cells are unknown, never 0
	 */
	public record Column(String name, String description) {

	}

}
