package org.spmawards.persistence.imports;

/**
 * The kind of file an import reads: the same columns either way.
 */
public enum ImportFile {

	/** RFC 4180 CSV in UTF-8, with a header row. */
	CSV,

	/**
	 * An Excel workbook (.xlsx) as the exports write it: its {@code data} sheet (or,
	 * without one, its first), with a header row.
	 */
	XLSX

}
