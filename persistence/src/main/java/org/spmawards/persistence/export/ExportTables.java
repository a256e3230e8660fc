package org.spmawards.persistence.export;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.export.CsvTable.Column;
import org.spmawards.persistence.export.CsvTable.Keys;
import org.spmawards.persistence.export.CsvTable.Type;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.support.Rows;

import org.springframework.r2dbc.core.Parameter;

/**
 * The exported tables and their columns. Column names and order are part of the public
 * interface: add columns at the end, never rename or reorder them.
 */
public final class ExportTables {

	private static final String CATEGORY_ORDER = "array_position(array['PROVINCE', 'REGENCY', 'CITY', 'REGIONAL_BEST',"
			+ " 'ISLAND_REGION', 'MOST_ACTIVE_PROVINCE']::varchar[], %s)";

	static final Column VERIFICATION = new Column("verification",
			"how well the value is established: VERIFIED_MULTIPLE (two or more publications), VERIFIED_SINGLE (one),"
					+ " INFERRED, PROVISIONAL, UNSOURCED (imported without a publication's address: the note says who"
					+ " vouched for it), COMPUTED (by this service) or SYNTHETIC (demo data, not a fact)")
		.oneOf(Verification.class);

	static final Column SOURCES = new Column("sources",
			"the addresses of the publications the value was read in, separated by spaces");

	static final Column NOTE = new Column("note", "a remark on the value, e.g. conflicting figures");

	static final Column FISCAL_YEAR = new Column("fiscal_year", Type.INTEGER, "the fiscal year rated");

	static final Column REGION_CODE = new Column("region_code",
			"the Kemendagri region code, NN (province) or NN.NN (regency or city); text, 11.10 is not 11.1");

	static final Column REGION_NAME = new Column("region_name", "the region's official name");

	private ExportTables() {
	}

	/**
	 * Returns every table of the bulk download, in the order of the archive.
	 * @return the tables
	 */
	public static List<CsvTable> all() {
		return List.of(regions(), sectors(), serviceTypes(), achievementLevels(), methodologies(), editions(),
				winners(), mentions(), publishedIndexValues(), indexValues(), achievements(null), nationalAverages(),
				dataRevisions());
	}

	/**
	 * Returns the regions.
	 * @return the table
	 */
	public static CsvTable regions() {
		return new CsvTable("regions.csv", "a province, regency or city (Kepmendagri 300.2.2-2430/2025)",
				List.of(new Column("code", REGION_CODE.description()), new Column("name", "the official name"),
						new Column("level", "PROVINCE, REGENCY (kabupaten, NN.01-NN.69) or CITY (kota, NN.71-NN.99)")
							.oneOf(RegionLevel.class),
						new Column("province_code", "the parent province's code; empty for a province"),
						new Column("autonomous", Type.BOOLEAN,
								"false for DKI Jakarta's administrative cities and regency (31.xx)"),
						new Column("population_total", Type.INTEGER, "registered population, Dukcapil, December 2024"),
						new Column("population_male", Type.INTEGER, "registered men and boys"),
						new Column("population_female", Type.INTEGER, "registered women and girls"),
						new Column("area_km2", Type.NUMBER, "area in square kilometres, BIG 2024"),
						new Column("centroid_lat", Type.NUMBER, "latitude of the polygon centroid (not the capital)"),
						new Column("centroid_lng", Type.NUMBER, "longitude of the polygon centroid")),
				"select code, name, level, province_code, autonomous::text, population_total::text,"
						+ " population_male::text, population_female::text, area_km2::text, centroid_lat::text,"
						+ " centroid_lng::text from region order by code",
				Map.of())
			.keyed(Keys.primary("code").references("province_code", "regions.csv", "code"));
	}

	/**
	 * Returns the SPM fields.
	 * @return the table
	 */
	public static CsvTable sectors() {
		return new CsvTable("sectors.csv", "one of the six SPM fields of PP 2/2018",
				List.of(new Column("code", "the field"),
						new Column("ordinal", Type.INTEGER, "its place in the regulation"),
						new Column("name_id", "the Indonesian name"), new Column("short_name_id", "the short form"),
						new Column("name_en", "the English name")),
				"select code, ordinal::text, name_id, short_name_id, name_en from sector order by ordinal", Map.of())
			.keyed(Keys.primary("code"));
	}

	/**
	 * Returns the service types.
	 * @return the table
	 */
	public static CsvTable serviceTypes() {
		return new CsvTable("service_types.csv", "one of the 43 basic-service types",
				List.of(new Column("code", "e.g. HEA-K-1: field, P (province) or K (regency/city), number"),
						new Column("sector", "the field"), new Column("level", "PROVINCE or REGENCY_CITY"),
						new Column("ordinal", Type.INTEGER, "its number within field and level"),
						new Column("name_id", "the Indonesian name"), new Column("name_en", "the English name"),
						new Column("recipients_en", "who is entitled"), VERIFICATION),
				"select t.code, t.sector_code, t.level, t.ordinal::text, t.name_id, t.name_en, t.recipients_en,"
						+ " t.verification from service_type t join sector s on s.code = t.sector_code"
						+ " order by s.ordinal, t.level = 'REGENCY_CITY', t.ordinal",
				Map.of())
			.keyed(Keys.primary("code").references("sector", "sectors.csv", "code"));
	}

	/**
	 * Returns the achievement levels.
	 * @return the table
	 */
	public static CsvTable achievementLevels() {
		return new CsvTable("achievement_levels.csv", "a band of the SPM index; names verified, cut-offs provisional",
				List.of(new Column("code", "the level"), new Column("name_id", "the Indonesian name"),
						new Column("min_inclusive", Type.NUMBER, "the lowest value in the band"),
						new Column("max_exclusive", Type.NUMBER,
								"the value the band stops below; empty for the top band"),
						new Column("name_verification", "how well the name is verified"),
						new Column("cut_off_provisional", Type.BOOLEAN,
								"true: the cut-offs were not read in the regulation")),
				"select code, name_id, min_inclusive::text, max_exclusive::text, name_verification,"
						+ " cut_off_provisional::text from achievement_level order by min_inclusive desc",
				Map.of())
			.keyed(Keys.primary("code"));
	}

	/**
	 * Returns the methodologies of the index.
	 * @return the table
	 */
	public static CsvTable methodologies() {
		return new CsvTable("methodologies.csv", "how the SPM index is computed",
				List.of(new Column("code", "the methodology"), new Column("name", "its name"),
						new Column("recipients_weight", Type.NUMBER, "weight of the share of entitled citizens served"),
						new Column("quality_weight", Type.NUMBER, "weight of service quality"),
						new Column("provisional", Type.BOOLEAN, "true if any part is provisional"),
						new Column("verified", "what is verified"), new Column("unverified", "what is provisional"),
						VERIFICATION, SOURCES, NOTE),
				"select code, name, recipients_weight::text, quality_weight::text, provisional::text, verified,"
						+ " unverified, verification, array_to_string(sources, ' '), note from methodology order by code",
				Map.of())
			.keyed(Keys.primary("code"));
	}

	/**
	 * Returns the award editions.
	 * @return the table
	 */
	public static CsvTable editions() {
		return new CsvTable("editions.csv", "an SPM Awards edition", List.of(
				new Column("year", Type.INTEGER, "the year of the ceremony"),
				new Column("title", "the published title"), new Column("held_on", Type.DATE, "the date, ISO 8601"),
				new Column("venue", "where it was held"), new Column("presented_by", "who presented the awards"),
				new Column("fiscal_year", Type.INTEGER, "the fiscal year it assesses"),
				new Column("format", "what was awarded"), new Column("methodology", "the index methodology"),
				VERIFICATION, SOURCES, NOTE),
				"select year::text, title, held_on::text, venue, presented_by, fiscal_year::text, format,"
						+ " methodology_code, verification, array_to_string(sources, ' '), note from award_edition"
						+ " order by year",
				Map.of())
			.keyed(Keys.primary("year").references("methodology", "methodologies.csv", "code"));
	}

	/**
	 * Returns the award winners.
	 * @return the table
	 */
	public static CsvTable winners() {
		return winners(null, null, null, null);
	}

	/**
	 * Returns award winners, as the GraphQL {@code winners} field filters them.
	 * @param category only this category, or {@code null}
	 * @param region only this region's awards, or {@code null}
	 * @param fromYear the first edition year, or {@code null}
	 * @param toYear the last edition year, or {@code null}
	 * @return the table
	 */
	public static CsvTable winners(@Nullable AwardCategory category, @Nullable RegionCode region,
			@Nullable Integer fromYear, @Nullable Integer toYear) {
		return new CsvTable("winners.csv", "an award won at an edition",
				List.of(new Column("edition_year", Type.INTEGER, "the edition"),
						new Column("category",
								"PROVINCE, REGENCY, CITY, REGIONAL_BEST, ISLAND_REGION or MOST_ACTIVE_PROVINCE"),
						new Column("zone", "the region group of a REGIONAL_BEST award"),
						new Column("place", Type.INTEGER,
								"1-3 in PROVINCE, REGENCY and CITY; empty for special awards"),
						REGION_CODE, REGION_NAME,
						new Column("score", Type.NUMBER, "the score published with the award, if any"), VERIFICATION,
						SOURCES, NOTE),
				"select a.edition_year::text, a.category, a.zone, a.place::text, a.region_code, r.name, a.score::text,"
						+ " a.verification, array_to_string(a.sources, ' '), a.note from award_result a"
						+ " join region r on r.code = a.region_code"
						+ " where (cast(:category as text) is null or a.category = :category)"
						+ " and (cast(:region as text) is null or a.region_code = :region)"
						+ " and a.edition_year between coalesce(cast(:fromYear as int), 0) and coalesce(cast(:toYear as int), 9999)"
						+ " order by a.edition_year, " + CATEGORY_ORDER.formatted("a.category")
						+ ", a.place nulls last, a.zone, a.region_code",
				Map.of("category", text((category != null) ? category.name() : null), "region",
						text((region != null) ? region.value() : null), "fromYear",
						Parameter.fromOrEmpty(fromYear, Integer.class), "toYear",
						Parameter.fromOrEmpty(toYear, Integer.class)))
			.keyed(Keys.NONE.references("edition_year", "editions.csv", "year")
				.references("region_code", "regions.csv", "code"));
	}

	/**
	 * Returns the nominees and published ranks.
	 * @return the table
	 */
	public static CsvTable mentions() {
		return new CsvTable("nominees_and_ranks.csv", "a nominee or a published rank that was not an award",
				List.of(new Column("edition_year", Type.INTEGER, "the edition"),
						new Column("category", "PROVINCE, REGENCY or CITY"),
						new Column("kind", "NOMINEE, PUBLISHED_RANK or REGIONAL_RANK"),
						new Column("rank", Type.INTEGER, "the published rank, if any; see rank_scope"), REGION_CODE,
						REGION_NAME, VERIFICATION, SOURCES, NOTE,
						new Column("rank_scope", "NATIONAL or REGION_GROUP: what the rank ranks among"),
						new Column("rank_group", "the region group of a REGIONAL_RANK")),
				"select m.edition_year::text, m.category, m.kind, m.rank::text, m.region_code, r.name, m.verification,"
						+ " array_to_string(m.sources, ' '), m.note, m.rank_scope, m.rank_group from award_mention m"
						+ " join region r on r.code = m.region_code order by m.edition_year, "
						+ CATEGORY_ORDER.formatted("m.category") + ", m.kind, m.rank nulls last, m.region_code",
				Map.of())
			.keyed(Keys.NONE.references("edition_year", "editions.csv", "year")
				.references("region_code", "regions.csv", "code"));
	}

	/**
	 * Returns the index values as published (curated and imported).
	 * @return the table
	 */
	public static CsvTable publishedIndexValues() {
		return new CsvTable("published_index_values.csv", "an SPM index value as published", List.of(FISCAL_YEAR,
				REGION_CODE, REGION_NAME, new Column("sector", "the field; empty for the overall index"),
				new Column("value", Type.NUMBER, "the published value, 0-100").between(0, 100),
				new Column("national_rank", Type.INTEGER,
						"the published rank among all regions of the category, if one was published"),
				new Column("achievement_level", "the published level, if any"),
				new Column("source_kind", "CURATED (from public sources) or IMPORTED (official import)"), VERIFICATION,
				SOURCES, NOTE,
				new Column("status", "FINAL, or PRELIMINARY (an earlier evaluation that the final one may change)")
					.oneOf(IndexStatus.class),
				new Column("published_rank", Type.INTEGER, "the published rank, national or within a group"),
				new Column("published_rank_scope",
						"NATIONAL, PROVINCE or REGION_GROUP: what published_rank ranks among"),
				new Column("published_rank_group", "the province or region group of a rank that is not national")),
				"select p.fiscal_year::text, p.region_code, r.name, p.sector_code, p.value::text,"
						+ " case when p.rank_scope = 'NATIONAL' then p.published_rank::text end, p.achievement_level,"
						+ " p.source_kind, p.verification, array_to_string(p.sources, ' '), p.note, p.status,"
						+ " p.published_rank::text, p.rank_scope, p.rank_group from published_index_value p"
						+ " join region r on r.code = p.region_code"
						+ " order by p.fiscal_year, p.region_code, p.sector_code nulls first, p.source_kind",
				Map.of())
			.keyed(Keys.NONE.references("region_code", "regions.csv", "code")
				.references("sector", "sectors.csv", "code")
				.references("achievement_level", "achievement_levels.csv", "code"));
	}

	/**
	 * Returns every index value held, with its ranks.
	 * @return the table
	 */
	public static CsvTable indexValues() {
		return new CsvTable("index_values.csv",
				"an SPM index value held by the service: published where there is one, else computed",
				IndexValueColumns.COLUMNS,
				"select " + IndexRepository.COLUMNS
						+ ", r.name as region_name, r.province_code, pr.name as province_name, "
						+ IndexRepository.PREVIOUS_COLUMNS
						+ " from index_value v join region r on r.code = v.region_code"
						+ " left join region pr on pr.code = r.province_code" + IndexRepository.PREVIOUS_JOIN
						+ " order by v.fiscal_year, array_position(array['PROVINCE', 'REGENCY', 'CITY']::varchar[],"
						+ " v.category), v.scope <> 'OVERALL', v.scope, v.rank_with_preliminary nulls last, v.value desc,"
						+ " v.region_code",
				Map.of(), (row) -> {
					IndexValue value = IndexRepository.indexValue(row);
					return IndexValueColumns.cells(value, value.rank(), value.ranks().kind(),
							IndexRepository.previousRanks(row),
							new IndexValueColumns.Names(Rows.string(row, "region_name"),
									row.get("province_code", String.class), row.get("province_name", String.class)));
				})
			.keyed(Keys.NONE.references("region_code", "regions.csv", "code")
				.references("province_code", "regions.csv", "code")
				.references("sector", "sectors.csv", "code")
				.references("achievement_level", "achievement_levels.csv", "code"));
	}

	/**
	 * Returns service achievements; the file is a valid import file for the same fiscal
	 * year (the columns after {@code quality_pct} are ignored on import).
	 * @param fiscalYear one fiscal year, or {@code null} for all
	 * @return the table
	 */
	public static CsvTable achievements(@Nullable Integer fiscalYear) {
		return achievements(fiscalYear, null);
	}

	/**
	 * Returns service achievements, of one province or all; the file is a valid import
	 * file for the same fiscal year (the columns after {@code quality_pct} are ignored on
	 * import).
	 * @param fiscalYear one fiscal year, or {@code null} for all
	 * @param province only the regions of this province (and the province itself), or
	 * {@code null}
	 * @return the table
	 */
	public static CsvTable achievements(@Nullable Integer fiscalYear, @Nullable RegionCode province) {
		return new CsvTable("achievements.csv", "what a region reported for one basic service in one fiscal year", List
			.of(REGION_CODE, new Column("service_type", "the service type's code, e.g. HEA-K-1"),
					new Column("target", Type.INTEGER, "entitled citizens; 0 means the service did not apply"),
					new Column("served", Type.INTEGER, "citizens served; may exceed the target"),
					new Column("quality_pct", Type.NUMBER, "quality of the service, 0-100").between(0, 100),
					FISCAL_YEAR, REGION_NAME, new Column("sector", "the service type's field"), VERIFICATION, SOURCES,
					NOTE,
					new Column("achievement", Type.NUMBER,
							"COMPUTED by this service with the edition's provisional methodology (its weights are in"
									+ " methodologies.csv, its formula in the API's methodology { formula }); empty when the service"
									+ " did not apply or a figure is missing"),
					new Column("achievement_level",
							"COMPUTED by this service from the provisional cut-offs: not a published level")),
				"select a.region_code, a.service_type_code, a.target::text, a.served::text, a.quality_pct::text,"
						+ " a.fiscal_year::text, r.name, a.sector_code, a.verification, array_to_string(a.sources, ' '),"
						+ " a.note, a.achievement::text, a.achievement_level from achievement_row a"
						+ " join region r on r.code = a.region_code"
						+ " where (cast(:fiscalYear as int) is null or a.fiscal_year = :fiscalYear)"
						+ " and (cast(:province as text) is null or a.province_code = :province)"
						+ " order by a.fiscal_year, a.region_code, a.service_type_code",
				Map.of("fiscalYear", Parameter.fromOrEmpty(fiscalYear, Integer.class), "province",
						text((province != null) ? province.value() : null)))
			.keyed(Keys.primary("fiscal_year", "region_code", "service_type")
				.references("region_code", "regions.csv", "code")
				.references("service_type", "service_types.csv", "code")
				.references("sector", "sectors.csv", "code")
				.references("achievement_level", "achievement_levels.csv", "code"));
	}

	private static Parameter text(@Nullable String value) {
		return Parameter.fromOrEmpty(value, String.class);
	}

	/**
	 * Returns the published national means.
	 * @return the table
	 */
	public static CsvTable nationalAverages() {
		return new CsvTable("national_averages.csv", "the published national mean SPM index of a fiscal year",
				List.of(FISCAL_YEAR, new Column("scope", "ALL, PROVINCE or REGENCY_CITY"),
						new Column("value", Type.NUMBER, "the published mean"),
						new Column("achievement_level", "the published level, if any"), VERIFICATION, SOURCES, NOTE),
				"select fiscal_year::text, scope, value::text, achievement_level, verification,"
						+ " array_to_string(sources, ' '), note from national_average order by fiscal_year,"
						+ " array_position(array['ALL', 'PROVINCE', 'REGENCY_CITY']::varchar[], scope)",
				Map.of())
			.keyed(Keys.primary("fiscal_year", "scope")
				.references("achievement_level", "achievement_levels.csv", "code"));
	}

	/**
	 * Returns the revisions of imported data.
	 * @return the table
	 */
	public static CsvTable dataRevisions() {
		return new CsvTable("data_revisions.csv", "an import that changed data",
				List.of(new Column("id", Type.INTEGER, "the revision, increasing"),
						new Column("kind", "ACHIEVEMENTS or INDEX_VALUES"), FISCAL_YEAR,
						new Column("imported_at", Type.DATETIME, "when, ISO 8601 UTC"),
						new Column("checksum", "SHA-256 of the imported file"),
						new Column("source_url", "the source given with the import; empty: its rows are UNSOURCED"),
						new Column("imported_by", "the name of the admin token the import was sent with"),
						new Column("rows_read", Type.INTEGER, "data rows in the file"),
						new Column("rows_imported", Type.INTEGER, "rows held for the year afterwards"),
						new Column("rows_inserted", Type.INTEGER, "rows added"),
						new Column("rows_updated", Type.INTEGER, "rows changed"),
						new Column("rows_deleted", Type.INTEGER, "rows removed")),
				"select id::text, kind, fiscal_year::text,"
						+ " to_char(imported_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), checksum,"
						+ " source_url, imported_by, rows_read::text, rows_imported::text, rows_inserted::text, rows_updated::text,"
						+ " rows_deleted::text from data_revision order by id",
				Map.of())
			.keyed(Keys.primary("id"));
	}

}
