package org.spmawards.persistence.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
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
		DatabaseClient.GenericExecuteSpec query = this.database.sql(table.sql());
		for (var parameter : table.parameters().entrySet()) {
			query = query.bind(parameter.getKey(), parameter.getValue());
		}
		int width = table.columns().size();
		Flux<String> rows = query.map((row) -> {
			List<String> values = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				values.add(row.get(i, String.class));
			}
			return line(values);
		}).all();
		return Flux.concat(Flux.just(line(table.header())), rows);
	}

	static String line(List<String> values) {
		return FORMAT.format(values.toArray()) + "\n";
	}

}
