package org.spmawards.persistence.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.ranking.IndexRanks;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.export.CsvTable.Column;
import org.spmawards.persistence.export.CsvTable.Type;

/**
 * The columns of an index value in a CSV file, and its cells: its ranks, the national
 * rank first and never one standing in for another, what the value is, and which of its
 * numbers were published and which this service derived.
 */
public final class IndexValueColumns {

	/**
	 * The columns, in order: the national rank first (published where it was), then the
	 * rank this service computed with what it means, then the value and its provenance.
	 */
	public static final List<Column> COLUMNS = List.of(new Column("national_rank", Type.INTEGER,
			"the national rank, to read first: published_rank if it is national, else rank if rank_kind is NATIONAL;"
					+ " empty when there is none"),
			new Column("national_rank_origin", "PUBLISHED or COMPUTED: where national_rank comes from")
				.oneOf(Origin.class),
			new Column("previous_rank", Type.INTEGER,
					"the national rank a fiscal year earlier, when it is of the same kind as national_rank (published"
							+ " with published, computed with computed); empty otherwise"),
			new Column("rank_change", Type.INTEGER,
					"previous_rank minus national_rank: positive when the region moved up; empty unless both are of"
							+ " the same kind"),
			new Column("rank", Type.INTEGER,
					"COMPUTED by this service: standard competition rank (1, 2, 2, 4, ties sharing a rank) among the"
							+ " ranked final values of the category, year and field that this service holds; a national"
							+ " rank only when rank_kind is NATIONAL; empty for a value left out (preliminary, or"
							+ " computed from too few services)"),
			new Column("rank_kind",
					"what rank means: NATIONAL when every region of the category is ranked by one method, so that"
							+ " rank is a national rank; WITHIN_DATA_HELD when rank is a place among the values this"
							+ " service holds; MIXED_METHODS when the ranking puts published values beside values this"
							+ " service computed, so that rank is a place in that mix, never a national rank")
				.oneOf(RankKind.class),
			new Column("rank_with_preliminary", Type.INTEGER,
					"COMPUTED by this service: the rank among the ranked values and the preliminary ones"),
			ExportTables.REGION_CODE, ExportTables.REGION_NAME,
			new Column("province_code", "the parent province; empty for a province"),
			new Column("province_name", "the parent province's name"), ExportTables.FISCAL_YEAR,
			new Column("category", "PROVINCE, REGENCY or CITY: the regions ranked together").oneOf(RegionLevel.class),
			new Column("sector", "the field; empty for the overall index"),
			new Column("value", Type.NUMBER, "the index, 0-100, two decimals; see origin").between(0, 100),
			new Column("status", "FINAL, or PRELIMINARY (an earlier evaluation that the final one may change)")
				.oneOf(IndexStatus.class),
			new Column("achievement_level",
					"the achievement level: published with the value, or derived by this service from the provisional"
							+ " cut-offs (see achievement_level_origin)"),
			new Column("achievement_level_origin",
					"PUBLISHED (published with the value) or COMPUTED (derived by this service from provisional"
							+ " cut-offs, not a published level)")
				.oneOf(Origin.class),
			new Column("services_used", Type.INTEGER,
					"for a COMPUTED value: the service achievements it was computed from"),
			new Column("services_owed", Type.INTEGER,
					"for a COMPUTED value: the services the region owes (those with citizens entitled)"),
			new Column("published_rank", Type.INTEGER,
					"PUBLISHED: the rank as officially published, if known; see published_rank_scope"),
			new Column("published_rank_scope",
					"what published_rank ranks among: NATIONAL, PROVINCE or REGION_GROUP (see published_rank_group)"),
			new Column("published_rank_group", "the province or region group of a published rank that is not national"),
			new Column("origin", "PUBLISHED (read in a publication or imported) or COMPUTED (by this service)")
				.oneOf(Origin.class),
			ExportTables.VERIFICATION, ExportTables.SOURCES, ExportTables.NOTE);

	private IndexValueColumns() {
	}

	/**
	 * Returns the cells of an index value.
	 * @param value the value
	 * @param rank the rank shown: the value's own, or its rank in a ranking with the
	 * preliminary values
	 * @param rankKind what the rank shown means
	 * @param previous the ranks a fiscal year earlier, or {@code null}
	 * @param names the region's name and its province's code and name
	 * @return a cell per column
	 */
	public static List<@Nullable String> cells(IndexValue value, @Nullable Integer rank, @Nullable RankKind rankKind,
			@Nullable IndexRanks previous, Names names) {
		IndexRanks ranks = value.ranks();
		PublishedRank published = ranks.published();
		List<@Nullable String> cells = new ArrayList<>(COLUMNS.size());
		cells.addAll(Arrays.asList(text(ranks.national()), name(ranks.nationalOrigin()),
				text(ranks.comparable(previous)), text(ranks.changeSince(previous)), text(rank), name(rankKind),
				text(ranks.withPreliminary()), value.region().value(), names.region(), names.provinceCode(),
				names.province(), String.valueOf(value.fiscalYear()), value.category().name(),
				(value.sector() != null) ? value.sector().name() : null, value.value().toString(),
				value.status().name(), value.achievementLevel(), name(value.achievementLevelOrigin()),
				(value.completeness() != null) ? String.valueOf(value.completeness().servicesUsed()) : null,
				(value.completeness() != null) ? String.valueOf(value.completeness().servicesOwed()) : null,
				(published != null) ? String.valueOf(published.rank()) : null,
				(published != null) ? published.scope().kind().name() : null,
				(published != null) ? published.scope().group() : null, value.origin().name(),
				value.provenance().verification().name(),
				value.provenance().sources().stream().map(URI::toString).collect(Collectors.joining(" ")),
				value.provenance().note()));
		return cells;
	}

	/**
	 * The names a row shows beside a region's code.
	 *
	 * @param region the region's name
	 * @param provinceCode its province's code, or {@code null} for a province
	 * @param province its province's name, or {@code null} for a province
	 */
	public record Names(String region, @Nullable String provinceCode, @Nullable String province) {

	}

	private static @Nullable String text(@Nullable Integer number) {
		return (number != null) ? number.toString() : null;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
