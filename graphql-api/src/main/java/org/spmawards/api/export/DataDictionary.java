package org.spmawards.api.export;

import java.util.List;

import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.export.CsvTable;

/**
 * The README of the bulk download: what the data is, and every column of every file.
 */
final class DataDictionary {

	private DataDictionary() {
	}

	static String readme(Dataset dataset, List<CsvTable> tables) {
		StringBuilder text = new StringBuilder();
		text.append("# SPM Awards data\n\n")
			.append("Dataset: ")
			.append(dataset.description())
			.append("\n\n")
			.append("Every file is CSV (RFC 4180), UTF-8, with a header row and `\\n` line ends. An empty cell is an")
			.append(" unknown value, never 0. Region codes are text: `11.10` is not `11.1`. `SHA256SUMS` holds the")
			.append(" SHA-256 of every file (`sha256sum -c SHA256SUMS`). `SOURCES/` holds the notes on where the data")
			.append(" comes from, with the licence notice of the region data (MIT, Cahya DSN).\n\n")
			.append("## Data dictionary\n");
		for (CsvTable table : tables) {
			text.append("\n### ")
				.append(table.fileName())
				.append("\n\nOne row: ")
				.append(table.description())
				.append(".\n\n");
			text.append("| column | meaning |\n|---|---|\n");
			for (CsvTable.Column column : table.columns()) {
				text.append("| `").append(column.name()).append("` | ").append(column.description()).append(" |\n");
			}
		}
		return text.toString();
	}

}
