package org.spmawards.persistence.imports;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.RegionCode;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Service-level achievement files:
 * {@code region_code,service_type,target,served,quality_pct}.
 */
final class AchievementFormat implements ImportFormat<AchievementFormat.Row> {

	@Override
	public ImportKind kind() {
		return ImportKind.ACHIEVEMENTS;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("region_code", "service_type", "target", "served", "quality_pct");
	}

	@Override
	public @Nullable Row read(Cells cells, References references) {
		RegionCode region = cells.region("region_code", references);
		String serviceType = cells.text("service_type");
		GovernmentLevel level = null;
		if (serviceType == null) {
			cells.error("service_type", null, "a service type code is required, e.g. HEA-K-1");
		}
		else {
			level = references.serviceLevel(serviceType);
			if (level == null) {
				cells.error("service_type", serviceType,
						"unknown service type: use a code of the 43 service types, e.g. HEA-K-1 or EDU-P-2");
			}
		}
		if (region != null && level != null && GovernmentLevel.of(region.level()) != level) {
			cells.error("service_type", serviceType,
					"service type " + serviceType + " is owed by "
							+ ((level == GovernmentLevel.PROVINCE) ? "provinces" : "regencies and cities") + ", but "
							+ region + " is a " + region.level().name().toLowerCase(java.util.Locale.ROOT));
		}
		Long target = cells.count("target");
		Long served = cells.count("served");
		BigDecimal quality = cells.percentage("quality_pct");
		if (!cells.valid() || region == null || serviceType == null) {
			return null;
		}
		if (target != null && served != null && served > target) {
			cells.warning("served", served.toString(), "served (" + served + ") is above the target (" + target
					+ "): accepted, and counted as 100% served in the index");
		}
		return new Row(region, serviceType, target, served, quality);
	}

	@Override
	public List<Object> key(Row row) {
		return List.of(row.region(), row.serviceType());
	}

	@Override
	public String describeKey(Row row) {
		return "region " + row.region() + " and service type " + row.serviceType();
	}

	@Override
	public String stagingTable() {
		return "create temporary table import_staging (region_code varchar(5) not null,"
				+ " service_type_code varchar(12) not null, target bigint, served bigint, quality_pct numeric(5, 2))"
				+ " on commit drop";
	}

	@Override
	public Mono<Void> stage(DatabaseClient database, List<Row> rows) {
		return database
			.sql("insert into import_staging select * from unnest(cast(:regions as varchar[]),"
					+ " cast(:types as varchar[]), cast(:targets as bigint[]), cast(:served as bigint[]),"
					+ " cast(:qualities as numeric[]))")
			.bind("regions", rows.stream().map((row) -> row.region().value()).toArray(String[]::new))
			.bind("types", rows.stream().map(Row::serviceType).toArray(String[]::new))
			.bind("targets", rows.stream().map(Row::target).toArray(Long[]::new))
			.bind("served", rows.stream().map(Row::served).toArray(Long[]::new))
			.bind("qualities", rows.stream().map(Row::quality).toArray(BigDecimal[]::new))
			.then();
	}

	@Override
	public Mono<Void> keepDifferences(DatabaseClient database, int fiscalYear, ImportedProvenance provenance) {
		return database
			.sql("""
					insert into import_difference (region_code, item, change, before, after)
					select coalesce(s.region_code, a.region_code), coalesce(s.service_type_code, a.service_type_code),
					       case when a.region_code is null then 'ADDED' when s.region_code is null then 'REMOVED'
					            else 'CHANGED' end,
					       case when a.region_code is not null then jsonb_build_object('target', a.target,
					            'served', a.served, 'quality_pct', a.quality_pct, 'verification', a.verification,
					            'sources', to_jsonb(a.sources)) end,
					       case when s.region_code is not null then jsonb_build_object('target', s.target,
					            'served', s.served, 'quality_pct', s.quality_pct, 'verification', cast(:verification as text),
					            'sources', to_jsonb(cast(:sources as text[]))) end
					from import_staging s
					full join (select * from service_achievement where fiscal_year = :fiscalYear) a
					       on a.region_code = s.region_code and a.service_type_code = s.service_type_code
					where a.region_code is null or s.region_code is null
					   or (a.target, a.served, a.quality_pct, a.verification, a.sources) is distinct from
					      (s.target, s.served, s.quality_pct, cast(:verification as varchar), cast(:sources as text[]))
					""")
			.bind("fiscalYear", fiscalYear)
			.bind("verification", provenance.verification())
			.bind("sources", provenance.sources())
			.then();
	}

	@Override
	public Mono<Long> apply(DatabaseClient database, int fiscalYear, ImportedProvenance provenance) {
		return database.sql("delete from service_achievement where fiscal_year = :fiscalYear")
			.bind("fiscalYear", fiscalYear)
			.then()
			.then(database
				.sql("insert into service_achievement (fiscal_year, region_code, service_type_code, target, served,"
						+ " quality_pct, verification, sources, note) select :fiscalYear, region_code,"
						+ " service_type_code, target, served, quality_pct, :verification, cast(:sources as text[]),"
						+ " :note from import_staging")
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
	 * @param serviceType the service type's code
	 * @param target the entitled citizens, or {@code null}
	 * @param served the citizens served, or {@code null}
	 * @param quality the quality, or {@code null}
	 */
	record Row(RegionCode region, String serviceType, @Nullable Long target, @Nullable Long served,
			@Nullable BigDecimal quality) {

	}

}
