package org.spmawards.persistence.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;

/**
 * Reads the cells of one row of an import file, recording a problem for any cell that
 * does not hold what its column needs. An empty cell is an unknown value, never 0.
 */
final class Cells {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A count as the format documents it: digits, optionally negative (then refused). */
	private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

	/** A decimal as the format documents it: digits with an optional decimal point. */
	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private final CSVRecord record;

	private final long line;

	private final Problems problems;

	private boolean valid = true;

	Cells(CSVRecord record, long line, Problems problems) {
		this.record = record;
		this.line = line;
		this.problems = problems;
		refuseWrongCellCount();
		refuseControlCharacters();
	}

	/**
	 * Refuses a row with more or fewer cells than the header names columns: a decimal
	 * comma or a lost cell would otherwise shift or drop values silently.
	 */
	private void refuseWrongCellCount() {
		int columns = this.record.getParser().getHeaderNames().size();
		if (this.record.size() != columns) {
			this.valid = false;
			this.problems.error(this.line, null, null, "the row has " + this.record.size() + " cells but the header"
					+ " names " + columns + " columns: a decimal comma, or a comma inside a cell that is not quoted?");
		}
	}

	/**
	 * Refuses a row with a control character (a NUL byte, a form feed...) in any cell: no
	 * cell of the formats holds one, so it is a damaged file, not a value to trim.
	 */
	private void refuseControlCharacters() {
		List<String> names = this.record.getParser().getHeaderNames();
		for (int index = 0; index < this.record.size() && this.valid; index++) {
			String value = this.record.get(index);
			for (int at = 0; at < value.length(); at++) {
				char character = value.charAt(at);
				if ((character < 0x20 && character != '\t' && character != '\n' && character != '\r')
						|| character == 0x7f) {
					error((index < names.size()) ? names.get(index) : "column " + (index + 1), null,
							String.format("holds the control character U+%04X at position %d: the file is damaged or"
									+ " not a text file", (int) character, at + 1));
					break;
				}
			}
		}
	}

	long line() {
		return this.line;
	}

	boolean valid() {
		return this.valid;
	}

	@Nullable String text(String column) {
		String value = this.record.isSet(column) ? this.record.get(column).strip() : "";
		return value.isEmpty() ? null : value;
	}

	/**
	 * Refuses a row that an export labelled synthetic (a demo-mode export has a
	 * {@code verification} column): an import carries official figures, and demo data
	 * never enters a dataset through it.
	 */
	void refuseSynthetic() {
		String verification = text("verification");
		if (Verification.SYNTHETIC.name().equals(verification)) {
			error("verification", verification,
					"synthetic demo data cannot be imported: an import carries official figures, and this row was"
							+ " exported from the demo dataset");
		}
	}

	void error(String column, @Nullable String value, String reason) {
		this.valid = false;
		this.problems.error(this.line, column, value, reason);
	}

	void warning(String column, @Nullable String value, String reason) {
		this.problems.warning(this.line, column, value, reason);
	}

	@Nullable RegionCode region(String column, References references) {
		String value = text(column);
		if (value == null) {
			error(column, null, "a region code is required, e.g. 36.71");
			return null;
		}
		RegionCode code;
		try {
			code = RegionCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			error(column, value, ex.getMessage());
			return null;
		}
		if (!references.regions().contains(code)) {
			error(column, value, "unknown region code: no province, regency or city has the code " + value);
			return null;
		}
		return code;
	}

	@Nullable Long count(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (!WHOLE.matcher(value).matches()) {
			error(column, value, "not a whole number: a count of citizens is written as digits, e.g. 1250");
			return null;
		}
		try {
			long count = Long.parseLong(value);
			if (count < 0) {
				error(column, value, "a count cannot be negative");
				return null;
			}
			return count;
		}
		catch (NumberFormatException ex) {
			error(column, value, "too large for a count of citizens");
			return null;
		}
	}

	@Nullable Integer rank(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (!WHOLE.matcher(value).matches()) {
			error(column, value, "not a whole number: a rank is written as digits, e.g. 17");
			return null;
		}
		try {
			int rank = Integer.parseInt(value);
			if (rank < 1) {
				error(column, value, "a rank starts at 1");
				return null;
			}
			return rank;
		}
		catch (NumberFormatException ex) {
			error(column, value, "too large for a rank");
			return null;
		}
	}

	/** Reads a value on the 0-100 scale with at most two decimals, as stored. */
	@Nullable BigDecimal percentage(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			error(column, value,
					"not a number as the format writes one: digits with a decimal point, e.g. 97.89 (no exponent,"
							+ " no thousands separator, no decimal comma)");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
			error(column, value, "outside 0 to 100");
			return null;
		}
		if (number.stripTrailingZeros().scale() > 2) {
			error(column, value, "more than two decimals: values are held to two decimals, e.g. 97.89");
			return null;
		}
		return number;
	}

}
