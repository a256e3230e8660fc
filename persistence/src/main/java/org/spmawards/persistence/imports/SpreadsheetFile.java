package org.spmawards.persistence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.spmawards.persistence.export.CsvExporter;

/**
 * Reads an Excel workbook's rows as the CSV lines an import reads: the {@code data} sheet
 * the exports write (or, without one, the first sheet), a line per row, each cell as its
 * text (codes as the text cells the exports write them as; numbers as the workbook holds
 * them). The text is held in memory and bounded, so that a small workbook cannot unpack
 * into an unbounded one.
 */
final class SpreadsheetFile {

	private SpreadsheetFile() {
	}

	/**
	 * Reads a workbook.
	 * @param bytes the workbook
	 * @param maxChars the most characters its rows may come to
	 * @return its rows as CSV
	 * @throws IOException when it is not a workbook, or is too large
	 */
	static Reader read(InputStream bytes, long maxChars) throws IOException {
		StringBuilder csv = new StringBuilder();
		try (ReadableWorkbook workbook = new ReadableWorkbook(bytes)) {
			Optional<Sheet> data = workbook.findSheet("data");
			Sheet sheet = data.isPresent() ? data.get() : workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				int width = -1;
				for (Row row : (Iterable<Row>) rows::iterator) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < row.getCellCount(); column++) {
						Cell cell = row.getCell(column);
						cells.add((cell != null && cell.getRawValue() != null) ? cell.getText() : "");
					}
					if (width < 0) {
						width = cells.size();
					}
					if (cells.stream().allMatch(String::isEmpty)) {
						// a row a spreadsheet keeps after its contents were cleared
						continue;
					}
					// a workbook leaves out the empty cells at the end of a row
					while (cells.size() < width) {
						cells.add("");
					}
					csv.append(CsvExporter.line(cells));
					if (csv.length() > maxChars) {
						throw new Unreadable("the workbook's rows come to more than " + maxChars
								+ " characters (spm.imports.max-bytes): split it, or send it as CSV");
					}
				}
			}
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof ImportTooLargeException tooLarge) {
					throw tooLarge;
				}
			}
			throw new Unreadable("it is not an Excel workbook (.xlsx) that can be read: save it again from the"
					+ " spreadsheet as an Excel workbook, or send it as CSV");
		}
		return new StringReader(csv.toString());
	}

	/** A workbook that cannot be read, and why, in words for the data team. */
	static final class Unreadable extends IOException {

		Unreadable(String message) {
			super(message);
		}

	}

}
