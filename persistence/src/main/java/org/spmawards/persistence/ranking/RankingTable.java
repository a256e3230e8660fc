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
 * A ranking as CSV, with the same entries as the GraphQL {@code rankings} field: what
 * identifies the ranking and the line (edition, category, field, position), the ranks
 * (the national rank first), the region and its value, the ranking's coverage on every
 * line, so that a spreadsheet never loses what the ranks mean, and provenance last.
 */
public final class RankingTable {

	/** The columns of the ranking itself, which the index values' columns do not hold. */
	private static final List<Column> RANKING_COLUMNS = List.of(
			new Column("edition", Type.INTEGER, "the SPM Awards edition whose fiscal year is ranked"),
			new Column("position", Type.INTEGER, "the line's place in this list, from 1; not a rank"),
			new Column("regions_with_value", Type.INTEGER,
					"coverage: regions of the category (and province) in this ranking"),
			new Column("regions_in_category", Type.INTEGER, "coverage: regions of the category (and province)"),
			new Column("coverage_complete", Type.BOOLEAN, "true when every region of the category is ranked"),
			new Column("preliminary_left_out", Type.INTEGER,
					"preliminary values left out of this ranking (includePreliminary=true lists them)"),
			new Column("incomplete_left_out", Type.INTEGER,
					"computed values left out because they were computed from too few of the services owed"));

	/**
	 * The cells made for an entry, in the order they are made: the ranking's, the
	 * value's.
	 */
	private static final List<Column> MADE = Stream.concat(RANKING_COLUMNS.stream(), IndexValueColumns.COLUMNS.stream())
		.toList();

	/**
	 * The columns, in order: what identifies the ranking and the line, the ranks (the
	 * national rank first), the region, the value, the coverage, and provenance last.
	 */
	public static final List<Column> COLUMNS = Stream
		.of("edition", "category", "sector", "position", "national_rank", "national_rank_origin", "previous_rank",
				"rank_change", "rank", "rank_kind", "rank_with_preliminary", "region_code", "region_name",
				"province_code", "province_name", "fiscal_year", "value", "status", "achievement_level",
				"achievement_level_origin", "services_used", "services_owed", "published_rank", "published_rank_scope",
				"published_rank_group", "regions_with_value", "regions_in_category", "coverage_complete",
				"preliminary_left_out", "incomplete_left_out", "origin", "verification", "sources", "note")
		.map(RankingTable::column)
		.toList();

	/**
	 * Where each of {@link #COLUMNS} is among the cells made for an entry
	 * ({@link #MADE}).
	 */
	private static final int[] CELLS = COLUMNS.stream().mapToInt(MADE::indexOf).toArray();

	private static Column column(String name) {
		return MADE.stream().filter((column) -> column.name().equals(name)).findFirst().orElseThrow();
	}

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
		List<List<@Nullable String>> rows = rows(edition, ranking, data);
		List<String> lines = new ArrayList<>(rows.size() + 1);
		lines.add(CsvExporter.line(COLUMNS.stream().map(Column::name).toList()));
		rows.forEach((row) -> lines.add(CsvExporter.line(row)));
		return lines;
	}

	/**
	 * Returns the cells of a ranking's entries, in the order of {@link #COLUMNS}.
	 * @param edition the edition year
	 * @param ranking every entry of the ranking, and its coverage
	 * @param data the reference data, for the regions' names
	 * @return a cell per column of each entry, {@code null} for an empty cell
	 */
	public static List<List<@Nullable String>> rows(int edition, RankingPage ranking, ReferenceData data) {
		RankingCoverage coverage = ranking.coverage();
		List<List<@Nullable String>> rows = new ArrayList<>(ranking.page().items().size());
		long position = ranking.page().offset();
		for (RankingRow row : ranking.page().items()) {
			position++;
			Region region = data.region(row.value().region()).orElseThrow();
			Region province = (region.provinceCode() != null) ? data.region(region.provinceCode()).orElseThrow() : null;
			List<@Nullable String> cells = new ArrayList<>(List.of(String.valueOf(edition), String.valueOf(position),
					String.valueOf(coverage.regionsWithValue()), String.valueOf(coverage.regionsInCategory()),
					String.valueOf(coverage.complete()), String.valueOf(coverage.preliminaryLeftOut()),
					String.valueOf(coverage.incompleteLeftOut())));
			cells.addAll(IndexValueColumns.cells(row.value(), row.rank(), row.rankKind(), row.previous(),
					new IndexValueColumns.Names(region.name(), (province != null) ? province.code().value() : null,
							(province != null) ? province.name() : null)));
			List<@Nullable String> line = new ArrayList<>(COLUMNS.size());
			for (int source : CELLS) {
				line.add(cells.get(source));
			}
			rows.add(line);
		}
		return rows;
	}

}
