package org.spmawards.persistence.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.Region;
import org.spmawards.persistence.export.CsvExporter;
import org.spmawards.persistence.export.CsvTable.Column;
import org.spmawards.persistence.export.CsvTable.Type;
import org.spmawards.persistence.export.IndexValueColumns;
import org.spmawards.persistence.ranking.RankingCoverage;
import org.spmawards.persistence.ranking.RankingPage;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * A ranking as CSV, with the same entries as the GraphQL {@code rankings} field: the
 * edition and the position in the list, the columns of every index value (the national
 * rank first), then the ranking's coverage on every line, so that a spreadsheet never
 * loses what the ranks mean.
 */
public final class RankingTable {

	/** The columns, in order. */
	public static final List<Column> COLUMNS = Stream.of(
			Stream.of(new Column("edition", Type.INTEGER, "the SPM Awards edition whose fiscal year is ranked"),
					new Column("position", Type.INTEGER, "the line's place in this list, from 1; not a rank")),
			IndexValueColumns.COLUMNS.stream(),
			Stream.of(
					new Column("regions_with_value", Type.INTEGER,
							"coverage: regions of the category (and province) in this ranking"),
					new Column("regions_in_category", Type.INTEGER, "coverage: regions of the category (and province)"),
					new Column("coverage_complete", Type.BOOLEAN, "true when every region of the category is ranked"),
					new Column("preliminary_left_out", Type.INTEGER,
							"preliminary values left out of this ranking (includePreliminary=true lists them)"),
					new Column("incomplete_left_out", Type.INTEGER,
							"computed values left out because they were computed from too few of the services owed")))
		.flatMap((columns) -> columns)
		.toList();

	private RankingTable() {
	}

	/**
	 * Formats a ranking.
	 * @param edition the edition year
	 * @param ranking every entry of the ranking, and its coverage
	 * @param data the reference data, for the regions' names
	 * @return the header line, then a line per entry, each ending in {@code \n}
	 */
	public static List<String> lines(int edition, RankingPage ranking, ReferenceData data) {
		RankingCoverage coverage = ranking.coverage();
		List<String> lines = new ArrayList<>(ranking.page().items().size() + 1);
		lines.add(CsvExporter.line(COLUMNS.stream().map(Column::name).toList()));
		long position = ranking.page().offset();
		for (RankingRow row : ranking.page().items()) {
			position++;
			Region region = data.region(row.value().region()).orElseThrow();
			Region province = (region.provinceCode() != null) ? data.region(region.provinceCode()).orElseThrow() : null;
			List<@Nullable String> cells = new ArrayList<>(List.of(String.valueOf(edition), String.valueOf(position)));
			cells.addAll(IndexValueColumns.cells(row.value(), row.rank(), row.rankKind(), row.previous(),
					new IndexValueColumns.Names(region.name(), (province != null) ? province.code().value() : null,
							(province != null) ? province.name() : null)));
			cells.addAll(List.of(String.valueOf(coverage.regionsWithValue()),
					String.valueOf(coverage.regionsInCategory()), String.valueOf(coverage.complete()),
					String.valueOf(coverage.preliminaryLeftOut()), String.valueOf(coverage.incompleteLeftOut())));
			lines.add(CsvExporter.line(cells));
		}
		return lines;
	}

}
