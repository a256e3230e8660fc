package org.spmawards.persistence.export;

import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads an exported table as CSV text (RFC 4180, {@code \n} line ends, UTF-8 by the
 * caller), header first, a line per row, streamed from the database.
 */
@Component
public class CsvExporter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private final DatabaseClient database;

	public CsvExporter(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Reads a table.
	 * @param table the table
	 * @return the header line, then a line per row, each ending in {@code \n}
	 */
	public Flux<String> lines(CsvTable table) {
		return Flux.concat(Flux.just(line(table.header())), rows(table).map(CsvExporter::line));
	}

	/**
	 * Reads a table's rows as cells, for formats other than CSV.
	 * @param table the table
	 * @return a cell per column of each row, {@code null} for an empty cell
	 */
	public Flux<List<@Nullable String>> rows(CsvTable table) {
		DatabaseClient.GenericExecuteSpec query = this.database.sql(table.sql());
		for (var parameter : table.parameters().entrySet()) {
			query = query.bind(parameter.getKey(), parameter.getValue());
		}
		return query.map((row) -> table.cells().of(row)).all();
	}

	/**
	 * Formats one line.
	 * @param values the cells, {@code null} for an empty cell
	 * @return the line, ending in {@code \n}
	 */
	public static String line(List<? extends @Nullable Object> values) {
		return FORMAT.format(values.toArray()) + "\n";
	}

}
