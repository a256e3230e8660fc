package org.spmawards.persistence.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one of the curated CSV files on the class path (UTF-8, header row) and turns each
 * row into a domain record, naming the file and line of any row the domain rejects.
 */
final class CuratedCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private CuratedCsv() {
	}

	static <T> List<T> read(String resource, Function<CSVRecord, T> mapper) {
		try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			List<T> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				try {
					rows.add(mapper.apply(record));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(
							resource + " line " + parser.getCurrentLineNumber() + ": " + ex.getMessage(), ex);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	static InputStream open(String resource) {
		InputStream stream = CuratedCsv.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("The data file " + resource + " is missing from the class path");
		}
		return stream;
	}

	/**
	 * Returns a column's value, or {@code null} when the cell is empty: an unknown fact
	 * stays unknown.
	 */
	static @Nullable String optional(CSVRecord record, String column) {
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	static String required(CSVRecord record, String column) {
		String value = optional(record, column);
		if (value == null) {
			throw new IllegalArgumentException("column " + column + " is empty");
		}
		return value;
	}

}
