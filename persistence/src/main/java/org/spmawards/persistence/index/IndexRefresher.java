package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Completeness;
import org.spmawards.domain.index.IndexCalculator;
import org.spmawards.domain.index.IndexComputation;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.Methodology;
import org.spmawards.domain.index.PublishedIndexValue;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.sector.SectorRepository;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Recomputes the index values of a fiscal year from what is stored for it: the service
 * achievements and the published values. The computation is the domain's; this class
 * reads its inputs and replaces the year's values in one transaction, so readers see the
 * old values or the new ones, never a mix. A demo database ranks its synthetic values
 * only: the published values are real and stay in the official dataset.
 */
@Component
public class IndexRefresher {

	private static final Log logger = LogFactory.getLog(IndexRefresher.class);

	private final DatabaseClient database;

	private final MethodologyRepository methodologies;

	private final AchievementRepository achievements;

	private final SectorRepository sectors;

	private final IndexProperties settings;

	private final TransactionalOperator transactions;

	private final DataVersionStore dataVersion;

	public IndexRefresher(DatabaseClient database, MethodologyRepository methodologies,
			AchievementRepository achievements, SectorRepository sectors, IndexProperties settings,
			TransactionalOperator transactions, DataVersionStore dataVersion) {
		this.database = database;
		this.methodologies = methodologies;
		this.achievements = achievements;
		this.sectors = sectors;
		this.settings = settings;
		this.transactions = transactions;
		this.dataVersion = dataVersion;
	}

	/**
	 * Recomputes one fiscal year in a transaction of its own, or in the caller's, and
	 * advances the stored data version; once committed,
	 * {@link DataVersionStore#refresh()} makes the change known.
	 * @param fiscalYear the fiscal year
	 * @return the number of index values the year now has
	 */
	public Mono<Integer> refresh(int fiscalYear) {
		return refresh(fiscalYear, "RECOMPUTED");
	}

	/**
	 * Recomputes one fiscal year after a change of its data, in a transaction of its own
	 * or in the caller's, and advances the stored data version with what changed.
	 * @param fiscalYear the fiscal year
	 * @param kind what kind of data changed (see
	 * {@link org.spmawards.persistence.support.DataChange#kind()})
	 * @return the number of index values the year now has
	 */
	public Mono<Integer> refresh(int fiscalYear, String kind) {
		Mono<Integer> refresh = Mono
			.zip(this.methodologies.findForFiscalYear(fiscalYear), serviceTypes(), regionsPerLevel(),
					this.achievements.findByFiscalYear(fiscalYear).collectList(),
					findPublished(fiscalYear).collectList())
			.flatMap((inputs) -> {
				List<IndexValue> values = new IndexComputation(inputs.getT1(), inputs.getT2(), inputs.getT3(),
						this.settings.minimumCompleteness())
					.compute(fiscalYear, inputs.getT4(), inputs.getT5());
				return storeAchievements(fiscalYear, inputs.getT1(), inputs.getT4()).then(replace(fiscalYear, values))
					.then(this.dataVersion.advance(kind, fiscalYear))
					.thenReturn(values.size());
			})
			.doOnNext((count) -> logger.info("Recomputed " + count + " index values of fiscal year " + fiscalYear));
		return refresh.as(this.transactions::transactional);
	}

	/**
	 * Recomputes every fiscal year that a migration or an earlier run asked for, and
	 * clears the requests; every fiscal year when the values were ranked with another
	 * minimum completeness than the one configured.
	 * @return the fiscal years recomputed
	 */
	public Flux<Integer> refreshRequested() {
		return requestAllIfSettingsChanged()
			.thenMany(this.database.sql("select fiscal_year from index_refresh_request order by fiscal_year")
				.map((row) -> Rows.integer(row, "fiscal_year"))
				.all())
			.concatMap((fiscalYear) -> refresh(fiscalYear).thenReturn(fiscalYear));
	}

	private Mono<Void> requestAllIfSettingsChanged() {
		BigDecimal minimum = this.settings.minimumCompleteness();
		Mono<Void> requestAll = this.database
			.sql("insert into index_refresh_request (fiscal_year) select fiscal_year from index_value"
					+ " union select fiscal_year from service_achievement union select fiscal_year"
					+ " from published_index_value on conflict do nothing")
			.then()
			.then(this.database
				.sql("insert into index_setting (id, minimum_completeness) values (true, :minimum)"
						+ " on conflict (id) do update set minimum_completeness = excluded.minimum_completeness")
				.bind("minimum", minimum)
				.then())
			.doOnSuccess((done) -> logger.info("Ranking index values with a minimum completeness of "
					+ minimum.toPlainString() + ": every fiscal year is recomputed"));
		return this.database.sql("select minimum_completeness from index_setting")
			.map((row) -> row.get("minimum_completeness", BigDecimal.class))
			.one()
			.map((stored) -> stored.compareTo(minimum) != 0)
			.defaultIfEmpty(true)
			.flatMap((changed) -> changed ? requestAll : Mono.empty());
	}

	private Mono<List<ServiceType>> serviceTypes() {
		return this.sectors.findServiceTypes(EnumSet.allOf(SectorCode.class), null).collectList();
	}

	private Mono<Map<RegionLevel, Long>> regionsPerLevel() {
		return this.database.sql("select level, count(*) as n from region group by level")
			.map((row) -> Map.entry(RegionLevel.valueOf(Rows.string(row, "level")), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private Flux<PublishedIndexValue> findPublished(int fiscalYear) {
		Flux<PublishedIndexValue> published = this.database
			// an imported value wins over a curated one for the same region and field
			.sql("select distinct on (region_code, coalesce(sector_code, '')) fiscal_year, region_code, sector_code,"
					+ " value, status, published_rank, rank_scope, rank_group, achievement_level, verification,"
					+ " sources, note from published_index_value where fiscal_year = :fiscalYear"
					+ " order by region_code, coalesce(sector_code, ''), source_kind = 'IMPORTED' desc")
			.bind("fiscalYear", fiscalYear)
			.map((row) -> {
				String sector = row.get("sector_code", String.class);
				return new PublishedIndexValue(Rows.integer(row, "fiscal_year"), Rows.regionCode(row, "region_code"),
						(sector != null) ? SectorCode.valueOf(sector) : null,
						new Score(row.get("value", BigDecimal.class)), IndexStatus.valueOf(Rows.string(row, "status")),
						Rows.publishedRank(row, "published_rank", "rank_scope", "rank_group"),
						row.get("achievement_level", String.class), Rows.provenance(row));
			})
			.all();
		return this.database.sql("select count(*) as n from dataset where kind = 'DEMO'")
			.map((row) -> row.get("n", Long.class))
			.one()
			.flatMapMany((demo) -> (demo > 0) ? Flux.empty() : published);
	}

	/**
	 * Keeps each service achievement, as computed, and its achievement level beside its
	 * figures, for filtering, sorting and sector detail.
	 */
	private Mono<Void> storeAchievements(int fiscalYear, Methodology methodology,
			List<ServiceAchievement> achievements) {
		if (achievements.isEmpty()) {
			return Mono.empty();
		}
		IndexCalculator calculator = new IndexCalculator(methodology);
		BigDecimal[] values = achievements.stream()
			.map((achievement) -> calculator.serviceAchievement(achievement).map(IndexCalculator::shown).orElse(null))
			.toArray(BigDecimal[]::new);
		String[] levels = Arrays.stream(values)
			.map((value) -> (value != null) ? methodology.scale().levelOf(value).code() : null)
			.toArray(String[]::new);
		return this.database
			.sql("update service_achievement a set achievement = u.v, achievement_level = u.l"
					+ " from unnest(cast(:regions as varchar[]), cast(:types as varchar[]), cast(:values as numeric[]),"
					+ " cast(:levels as varchar[])) as u(r, t, v, l) where a.fiscal_year = :fiscalYear"
					+ " and a.region_code = u.r and a.service_type_code = u.t"
					+ " and (a.achievement, a.achievement_level) is distinct from (u.v, u.l)")
			.bind("fiscalYear", fiscalYear)
			.bind("regions",
					achievements.stream().map((achievement) -> achievement.region().value()).toArray(String[]::new))
			.bind("types", achievements.stream().map(ServiceAchievement::serviceType).toArray(String[]::new))
			.bind("values", values)
			.bind("levels", levels)
			.then();
	}

	private Mono<Void> replace(int fiscalYear, List<IndexValue> values) {
		Mono<Void> delete = this.database.sql("delete from index_value where fiscal_year = :fiscalYear")
			.bind("fiscalYear", fiscalYear)
			.then();
		// One statement for the whole year: the values travel as arrays, one per column.
		Mono<Void> insert = this.database.sql("insert into index_value (fiscal_year, region_code, sector_code,"
				+ " category, value, status, achievement_level, achievement_level_origin, services_used, services_owed,"
				+ " rank, rank_kind, rank_with_preliminary, published_rank, published_rank_scope, published_rank_group,"
				+ " origin, verification, sources, note)"
				+ " select :fiscalYear, r, s, c, v, st, l, lo, su, so, k, kk, kp, p, ps, pg, o, f,"
				+ " coalesce(string_to_array(nullif(u, ''), ' '), '{}'), n"
				+ " from unnest(cast(:regions as varchar[]), cast(:sectors as varchar[]), cast(:categories as varchar[]),"
				+ " cast(:values as numeric[]), cast(:statuses as varchar[]), cast(:levels as varchar[]),"
				+ " cast(:levelOrigins as varchar[]), cast(:servicesUsed as int[]), cast(:servicesOwed as int[]),"
				+ " cast(:ranks as int[]), cast(:rankKinds as varchar[]), cast(:preliminaryRanks as int[]),"
				+ " cast(:publishedRanks as int[]), cast(:publishedScopes as varchar[]), cast(:publishedGroups as text[]),"
				+ " cast(:origins as varchar[]), cast(:verifications as varchar[]), cast(:sources as text[]),"
				+ " cast(:notes as text[])) as t(r, s, c, v, st, l, lo, su, so, k, kk, kp, p, ps, pg, o, f, u, n)")
			.bind("fiscalYear", fiscalYear)
			.bind("regions", column(values, (value) -> value.region().value()))
			.bind("sectors", column(values, (value) -> (value.sector() != null) ? value.sector().name() : null))
			.bind("categories", column(values, (value) -> value.category().name()))
			.bind("values", values.stream().map((value) -> value.value().value()).toArray(BigDecimal[]::new))
			.bind("statuses", column(values, (value) -> value.status().name()))
			.bind("levels", column(values, IndexValue::achievementLevel))
			.bind("levelOrigins", column(values, (value) -> name(value.achievementLevelOrigin())))
			.bind("servicesUsed", numbers(values, (value) -> completeness(value, Completeness::servicesUsed)))
			.bind("servicesOwed", numbers(values, (value) -> completeness(value, Completeness::servicesOwed)))
			.bind("ranks", numbers(values, (value) -> value.ranks().rank()))
			.bind("rankKinds", column(values, (value) -> name(value.ranks().kind())))
			.bind("preliminaryRanks", numbers(values, (value) -> value.ranks().withPreliminary()))
			.bind("publishedRanks", numbers(values, (value) -> published(value, PublishedRank::rank)))
			.bind("publishedScopes", column(values, (value) -> published(value, (rank) -> rank.scope().kind().name())))
			.bind("publishedGroups", column(values, (value) -> published(value, (rank) -> rank.scope().group())))
			.bind("origins", column(values, (value) -> value.origin().name()))
			.bind("verifications", column(values, (value) -> value.provenance().verification().name()))
			.bind("sources",
					column(values,
							(value) -> value.provenance()
								.sources()
								.stream()
								.map(URI::toString)
								.collect(Collectors.joining(" "))))
			.bind("notes", column(values, (value) -> value.provenance().note()))
			.then();
		Mono<Void> clearRequest = this.database.sql("delete from index_refresh_request where fiscal_year = :fiscalYear")
			.bind("fiscalYear", fiscalYear)
			.then();
		return delete.then(values.isEmpty() ? Mono.empty() : insert).then(clearRequest);
	}

	private static @Nullable Integer completeness(IndexValue value, Function<Completeness, Integer> part) {
		return (value.completeness() != null) ? part.apply(value.completeness()) : null;
	}

	private static <T> @Nullable T published(IndexValue value, Function<PublishedRank, @Nullable T> part) {
		PublishedRank rank = value.ranks().published();
		return (rank != null) ? part.apply(rank) : null;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String[] column(List<IndexValue> values, Function<IndexValue, @Nullable String> field) {
		return values.stream().map(field).toArray(String[]::new);
	}

	private static Integer[] numbers(List<IndexValue> values, Function<IndexValue, @Nullable Integer> field) {
		return values.stream().map(field).toArray(Integer[]::new);
	}

}
