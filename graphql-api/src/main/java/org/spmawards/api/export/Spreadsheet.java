package org.spmawards.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.spmawards.persistence.export.CsvTable.Column;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A table as an XLSX workbook, written by fastexcel's streaming writer as the rows come
 * (off the event loop): a {@value #DATA} sheet with the header and the rows (text columns
 * as text cells, so that Excel keeps {@code 11.10}; numbers and booleans as Excel has
 * them), a {@value #DICTIONARY} sheet that says what each column holds, and a
 * {@value #SOURCES} sheet with every publication the rows cite and how many rows cite it.
 */
final class Spreadsheet {

	/** The name of the sheet of rows. */
	static final String DATA = "data";

	/** The name of the sheet that describes the columns. */
	static final String DICTIONARY = "dictionary";

	/** The name of the sheet of the publications cited. */
	static final String SOURCES = "sources";

	/** The columns whose cells name publications, separated by spaces. */
	private static final List<String> SOURCE_COLUMNS = List.of("sources", "source_url");

	/** Rows kept in memory before they are written out. */
	private static final int ROWS_PER_FLUSH = 1000;

	private final List<Column> columns;

	private final ByteArrayOutputStream file = new ByteArrayOutputStream();

	private final Workbook workbook = new Workbook(this.file, "SPM Awards API", "1.0");

	private final Worksheet data = this.workbook.newWorksheet(DATA);

	private final Map<String, Integer> citations = new TreeMap<>();

	private int row;

	private Spreadsheet(List<Column> columns) {
		this.columns = columns;
		for (int column = 0; column < columns.size(); column++) {
			this.data.value(0, column, columns.get(column).name());
		}
		this.data.range(0, 0, 0, columns.size() - 1).style().bold().set();
		this.data.freezePane(0, 1);
	}

	/**
	 * Writes a table's rows into a workbook.
	 * @param columns the columns
	 * @param rows a cell per column of each row, {@code null} for an empty cell
	 * @return the workbook's bytes
	 */
	static Mono<byte[]> of(List<Column> columns, Flux<List<@Nullable String>> rows) {
		return Mono.defer(() -> {
			Spreadsheet spreadsheet = new Spreadsheet(columns);
			return rows.publishOn(Schedulers.boundedElastic())
				.doOnNext(spreadsheet::add)
				.then(Mono.fromCallable(spreadsheet::finish));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private void add(List<@Nullable String> cells) {
		this.row++;
		for (int column = 0; column < this.columns.size(); column++) {
			String cell = cells.get(column);
			if (cell == null) {
				continue;
			}
			Column described = this.columns.get(column);
			switch (described.type()) {
				case INTEGER, NUMBER -> this.data.value(this.row, column, new BigDecimal(cell));
				case BOOLEAN -> this.data.value(this.row, column, Boolean.valueOf(cell));
				default -> this.data.value(this.row, column, cell);
			}
			if (SOURCE_COLUMNS.contains(described.name())) {
				for (String source : cell.split(" ")) {
					if (!source.isEmpty()) {
						this.citations.merge(source, 1, Integer::sum);
					}
				}
			}
		}
		if (this.row % ROWS_PER_FLUSH == 0) {
			flush(this.data);
		}
	}

	private byte[] finish() {
		try {
			this.data.finish();
			Worksheet dictionary = this.workbook.newWorksheet(DICTIONARY);
			header(dictionary, "column", "type", "description");
			for (int i = 0; i < this.columns.size(); i++) {
				Column column = this.columns.get(i);
				dictionary.value(i + 1, 0, column.name());
				dictionary.value(i + 1, 1, column.type().tableSchemaName());
				dictionary.value(i + 1, 2, column.description());
			}
			dictionary.finish();
			Worksheet sources = this.workbook.newWorksheet(SOURCES);
			header(sources, "source", "rows");
			int line = 1;
			for (Map.Entry<String, Integer> citation : this.citations.entrySet()) {
				sources.value(line, 0, citation.getKey());
				sources.value(line, 1, citation.getValue());
				line++;
			}
			sources.finish();
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.file.toByteArray();
	}

	private static void header(Worksheet sheet, String... names) {
		for (int column = 0; column < names.length; column++) {
			sheet.value(0, column, names[column]);
		}
		sheet.range(0, 0, 0, names.length - 1).style().bold().set();
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
