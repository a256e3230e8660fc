package org.spmawards.persistence.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Published index value files: {@code region_code,sector,value,national_rank} and,
 * optionally, {@code status}; an empty sector is the overall index, an empty rank an
 * unpublished one, an empty or missing status a final value.
 */
final class IndexValueFormat implements ImportFormat<IndexValueFormat.Row> {

	private static final String SECTORS = Arrays.stream(SectorCode.values())
		.map(SectorCode::name)
		.collect(Collectors.joining(", "));

	@Override
	public ImportKind kind() {
		return ImportKind.INDEX_VALUES;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("region_code", "sector", "value", "national_rank");
	}

	@Override
	public @Nullable Row read(Cells cells, References references) {
		RegionCode region = cells.region("region_code", references);
		String sectorText = cells.text("sector");
		SectorCode sector = null;
		if (sectorText != null) {
			try {
				sector = SectorCode.valueOf(sectorText);
			}
			catch (IllegalArgumentException ex) {
				cells.error("sector", sectorText,
						"unknown sector: expected one of " + SECTORS + ", or empty for the overall index");
			}
		}
		BigDecimal value = cells.percentage("value");
		if (value == null && cells.text("value") == null) {
			cells.error("value", null, "a value is required, e.g. 97.89");
		}
		Integer rank = cells.rank("national_rank");
		String statusText = cells.text("status");
		IndexStatus status = IndexStatus.FINAL;
		if (statusText != null) {
			try {
				status = IndexStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				cells.error("status", statusText, "unknown status: expected FINAL or PRELIMINARY, or empty for FINAL");
			}
		}
		if (!cells.valid() || region == null || value == null) {
			return null;
		}
		return new Row(region, sector, value, rank, status);
	}

	@Override
	public List<Object> key(Row row) {
		return Arrays.asList(row.region(), row.sector());
	}

	@Override
	public String describeKey(Row row) {
		return "region " + row.region() + " and "
				+ ((row.sector() != null) ? "sector " + row.sector() : "the overall index");
	}

	@Override
	public String stagingTable() {
		return "create temporary table import_staging (region_code varchar(5) not null, sector_code varchar(16),"
				+ " value numeric(5, 2) not null, national_rank integer, status varchar(12) not null) on commit drop";
	}

	@Override
	public Mono<Void> stage(DatabaseClient database, List<Row> rows) {
		return database
			.sql("insert into import_staging select * from unnest(cast(:regions as varchar[]),"
					+ " cast(:sectors as varchar[]), cast(:values as numeric[]), cast(:ranks as int[]),"
					+ " cast(:statuses as varchar[]))")
			.bind("regions", rows.stream().map((row) -> row.region().value()).toArray(String[]::new))
			.bind("sectors",
					rows.stream()
						.map((row) -> (row.sector() != null) ? row.sector().name() : null)
						.toArray(String[]::new))
			.bind("values", rows.stream().map(Row::value).toArray(BigDecimal[]::new))
			.bind("ranks", rows.stream().map(Row::nationalRank).toArray(Integer[]::new))
			.bind("statuses", rows.stream().map((row) -> row.status().name()).toArray(String[]::new))
			.then();
	}

	@Override
	public Mono<Void> keepDifferences(DatabaseClient database, int fiscalYear, ImportedProvenance provenance) {
		return database
			.sql("""
					insert into import_difference (region_code, item, change, before, after)
					select coalesce(s.region_code, p.region_code), coalesce(s.sector_code, p.sector_code, 'OVERALL'),
					       case when p.region_code is null then 'ADDED' when s.region_code is null then 'REMOVED'
					            else 'CHANGED' end,
					       case when p.region_code is not null then jsonb_build_object('value', p.value,
					            'national_rank', p.published_rank, 'status', p.status, 'verification', p.verification,
					            'sources', to_jsonb(p.sources)) end,
					       case when s.region_code is not null then jsonb_build_object('value', s.value,
					            'national_rank', s.national_rank, 'status', s.status, 'verification', cast(:verification as text),
					            'sources', to_jsonb(cast(:sources as text[]))) end
					from import_staging s
					full join (select * from published_index_value
					           where fiscal_year = :fiscalYear and source_kind = 'IMPORTED') p
					       on p.region_code = s.region_code and coalesce(p.sector_code, '') = coalesce(s.sector_code, '')
					where p.region_code is null or s.region_code is null
					   or (p.value, p.published_rank, p.status, p.verification, p.sources) is distinct from
					      (s.value, s.national_rank, s.status, cast(:verification as varchar), cast(:sources as text[]))
					""")
			.bind("fiscalYear", fiscalYear)
			.bind("verification", provenance.verification())
			.bind("sources", provenance.sources())
			.then();
	}

	@Override
	public Mono<Long> apply(DatabaseClient database, int fiscalYear, ImportedProvenance provenance) {
		return database
			.sql("delete from published_index_value where fiscal_year = :fiscalYear and source_kind = 'IMPORTED'")
			.bind("fiscalYear", fiscalYear)
			.then()
			.then(database
				.sql("insert into published_index_value (fiscal_year, region_code, sector_code, value, published_rank,"
						+ " rank_scope, status, verification, sources, note, source_kind) select :fiscalYear, region_code,"
						+ " sector_code, value, national_rank, case when national_rank is not null then 'NATIONAL' end,"
						+ " status, :verification, cast(:sources as text[]), :note, 'IMPORTED' from import_staging")
				.bind("fiscalYear", fiscalYear)
				.bind("verification", provenance.verification())
				.bind("sources", provenance.sources())
				.bind("note", provenance.note())
				.fetch()
				.rowsUpdated());
	}

	/**
	 * A valid row.
	 *
	 * @param region the region
	 * @param sector the field, or {@code null} for the overall index
	 * @param value the published value
	 * @param nationalRank the published national rank, or {@code null}
	 * @param status final or preliminary
	 */
	record Row(RegionCode region, @Nullable SectorCode sector, BigDecimal value, @Nullable Integer nationalRank,
			IndexStatus status) {

	}

}
