package org.spmawards.persistence.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

/**
 * One exported table: its file name, its documented and typed columns, the SQL that reads
 * it and how a row of the SQL becomes the cells of a line. Rows come sorted so that the
 * same data always gives the same file.
 *
 * @param fileName the file name, e.g. {@code winners.csv}
 * @param description what a row is
 * @param columns the columns, in order
 * @param sql the query, with named parameters where the table takes them
 * @param parameters the values of the named parameters
 * @param cells turns a row of the query into the cells of a line, one per column
 * @param keys what identifies a row and what its codes refer to
 */
public record CsvTable(String fileName, String description, List<Column> columns, String sql,
		Map<String, Object> parameters, Cells cells, Keys keys) {

	public CsvTable {
		columns = List.copyOf(columns);
		parameters = Map.copyOf(parameters);
		Objects.requireNonNull(cells, "cells");
		Objects.requireNonNull(keys, "keys");
	}

	/**
	 * Creates a table without keys whose query gives its cells.
	 * @param fileName the file name
	 * @param description what a row is
	 * @param columns the columns, in order
	 * @param sql the query
	 * @param parameters the values of the named parameters
	 * @param cells turns a row of the query into the cells of a line
	 */
	public CsvTable(String fileName, String description, List<Column> columns, String sql,
			Map<String, Object> parameters, Cells cells) {
		this(fileName, description, columns, sql, parameters, cells, Keys.NONE);
	}

	/**
	 * Creates a table whose query returns the columns in order, as text.
	 * @param fileName the file name
	 * @param description what a row is
	 * @param columns the columns
	 * @param sql the query
	 * @param parameters the values of its named parameters
	 */
	public CsvTable(String fileName, String description, List<Column> columns, String sql,
			Map<String, Object> parameters) {
		this(fileName, description, columns, sql, parameters, textColumns(columns.size()));
	}

	private static Cells textColumns(int width) {
		return (row) -> {
			List<@Nullable String> values = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				values.add(row.get(i, String.class));
			}
			return values;
		};
	}

	/**
	 * Returns the column names, for the header row.
	 * @return the names
	 */
	public List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	/**
	 * Returns the same table under another file name.
	 * @param name the file name
	 * @return the table
	 */
	public CsvTable named(String name) {
		return new CsvTable(name, this.description, this.columns, this.sql, this.parameters, this.cells, this.keys);
	}

	/**
	 * Returns the same table with its keys.
	 * @param keys what identifies a row and what its codes refer to
	 * @return the table
	 */
	public CsvTable keyed(Keys keys) {
		return new CsvTable(this.fileName, this.description, this.columns, this.sql, this.parameters, this.cells, keys);
	}

	/**
	 * What identifies a row of a table and which of its columns refer to another table's,
	 * as a Frictionless Table Schema declares them.
	 *
	 * @param primaryKey the columns whose values together are unique and never empty;
	 * none if no set of columns is
	 * @param foreignKeys the columns that hold another table's key
	 */
	public record Keys(List<String> primaryKey, List<ForeignKey> foreignKeys) {

		/** No key. */
		public static final Keys NONE = new Keys(List.of(), List.of());

		public Keys {
			primaryKey = List.copyOf(primaryKey);
			foreignKeys = List.copyOf(foreignKeys);
		}

		/**
		 * Returns keys with a primary key.
		 * @param columns the columns of the key
		 * @return the keys
		 */
		public static Keys primary(String... columns) {
			return new Keys(List.of(columns), List.of());
		}

		/**
		 * Returns these keys with one more column that holds another table's key.
		 * @param column the column
		 * @param table the file name of the table referred to
		 * @param key the column of that table's primary key
		 * @return the keys
		 */
		public Keys references(String column, String table, String key) {
			List<ForeignKey> all = new ArrayList<>(this.foreignKeys);
			all.add(new ForeignKey(column, table, key));
			return new Keys(this.primaryKey, all);
		}

	}

	/**
	 * A column that holds another table's key; an empty cell refers to nothing.
	 *
	 * @param column the column
	 * @param table the file name of the table referred to
	 * @param key the column of that table's primary key
	 */
	public record ForeignKey(String column, String table, String key) {

	}

	/**
	 * A documented column.
	 *
	 * @param name the name in the header
	 * @param type the type of its values, as a Frictionless Table Schema names it
	 * @param description what it holds; empty cells are unknown, never 0
	 * @param constraints the Table Schema constraints on its values ({@code enum},
	 * {@code minimum}, {@code maximum}); empty cells are not checked
	 */
	public record Column(String name, Type type, String description, Map<String, Object> constraints) {

		public Column {
			constraints = Map.copyOf(constraints);
		}

		/**
		 * Creates a column without constraints.
		 * @param name the name in the header
		 * @param type the type of its values
		 * @param description what it holds
		 */
		public Column(String name, Type type, String description) {
			this(name, type, description, Map.of());
		}

		/**
		 * Creates a column of text.
		 * @param name the name in the header
		 * @param description what it holds
		 */
		public Column(String name, String description) {
			this(name, Type.STRING, description);
		}

		/**
		 * Returns the same column holding only the names of an enum's values.
		 * @param values the enum
		 * @return the column
		 */
		public Column oneOf(Class<? extends Enum<?>> values) {
			return new Column(this.name, this.type, this.description,
					Map.of("enum", Arrays.stream(values.getEnumConstants()).map(Enum::name).toList()));
		}

		/**
		 * Returns the same column holding only numbers from one to another.
		 * @param minimum the least value
		 * @param maximum the greatest value
		 * @return the column
		 */
		public Column between(int minimum, int maximum) {
			return new Column(this.name, this.type, this.description, Map.of("minimum", minimum, "maximum", maximum));
		}

	}

	/**
	 * The type of a column's values, named as in the Frictionless Table Schema.
	 */
	public enum Type {

		/** Text, including codes such as {@code 11.10}. */
		STRING("string"),

		/** A whole number. */
		INTEGER("integer"),

		/** A decimal number with a point. */
		NUMBER("number"),

		/** {@code true} or {@code false}. */
		BOOLEAN("boolean"),

		/** An ISO 8601 date. */
		DATE("date"),

		/** An ISO 8601 date and time in UTC. */
		DATETIME("datetime");

		private final String tableSchemaName;

		Type(String tableSchemaName) {
			this.tableSchemaName = tableSchemaName;
		}

		/**
		 * Returns the name of the type in a Frictionless Table Schema.
		 * @return e.g. {@code integer}
		 */
		public String tableSchemaName() {
			return this.tableSchemaName;
		}

	}

	/**
	 * Turns a row of a table's query into the cells of its line.
	 */
	@FunctionalInterface
	public interface Cells {

		/**
		 * Reads one row.
		 * @param row the row
		 * @return a cell per column, {@code null} for an empty cell
		 */
		List<@Nullable String> of(Readable row);

	}

}
