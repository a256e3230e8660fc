package org.spmawards.persistence.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.region.RegionFilter;
import org.spmawards.persistence.region.RegionRepository;
import org.spmawards.persistence.sector.SectorRepository;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Fills a demo database with synthetic achievements for the configured fiscal years that
 * it does not hold yet, each year in a transaction of its own, and computes their index
 * values.
 */
@Component
public class DemoDatasetLoader {

	private static final Log logger = LogFactory.getLog(DemoDatasetLoader.class);

	private static final int CHUNK_ROWS = 5000;

	private final DatabaseClient database;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final IndexRefresher indexRefresher;

	private final TransactionalOperator transactions;

	private final DataVersionStore dataVersion;

	public DemoDatasetLoader(DatabaseClient database, RegionRepository regions, SectorRepository sectors,
			IndexRefresher indexRefresher, TransactionalOperator transactions, DataVersionStore dataVersion) {
		this.dataVersion = dataVersion;
		this.database = database;
		this.regions = regions;
		this.sectors = sectors;
		this.indexRefresher = indexRefresher;
		this.transactions = transactions;
	}

	/**
	 * Describes the demo dataset of the given settings.
	 * @param demo the settings
	 * @return the dataset, for the database's mark
	 */
	public static Dataset describe(DatasetProperties.Demo demo) {
		return new Dataset(DatasetKind.DEMO,
				"DEMO: synthetic service achievements for fiscal years " + demo.firstYear() + "-" + demo.lastYear()
						+ " (seed " + demo.seed() + ") over the real regions and award facts. Every achievement, and"
						+ " every index value computed from them, is SYNTHETIC: made up, not a fact.");
	}

	/**
	 * Generates the fiscal years the database does not hold yet. The caller refreshes the
	 * planner's statistics afterwards ({@code StartupTasks} vacuums and analyses the
	 * tables written).
	 * @param demo the settings
	 * @return the fiscal years generated
	 */
	public Flux<Integer> load(DatasetProperties.Demo demo) {
		DemoDataGenerator generator = new DemoDataGenerator(demo.seed());
		Mono<List<Region>> allRegions = this.regions.findPage(RegionFilter.ALL, 0, Integer.MAX_VALUE)
			.map((page) -> page.items());
		Mono<List<ServiceType>> allTypes = this.sectors.findAll()
			.map((sector) -> sector.code())
			.collectList()
			.flatMap((codes) -> this.sectors.findServiceTypes(codes, null).collectList());
		Flux<Integer> generated = Mono.zip(allRegions, allTypes, heldYears())
			.flatMapMany((inputs) -> Flux.range(demo.firstYear(), demo.years())
				.filter((year) -> !inputs.getT3().contains(year))
				.concatMap((year) -> {
					List<ServiceAchievement> achievements = generator.generate(year, inputs.getT1(), inputs.getT2());
					Mono<Integer> write = Flux.fromIterable(achievements)
						.buffer(CHUNK_ROWS)
						.concatMap(this::insert)
						.then(this.indexRefresher.refresh(year));
					return write.as(this.transactions::transactional)
						.flatMap((values) -> this.dataVersion.refresh().thenReturn(values))
						.doOnNext((values) -> logger.info("Demo dataset: generated " + achievements.size()
								+ " synthetic achievements and " + values + " index values for fiscal year " + year))
						.thenReturn(year);
				}));
		return generated;
	}

	private Mono<Set<Integer>> heldYears() {
		return this.database.sql("select distinct fiscal_year from service_achievement")
			.map((row) -> Rows.integer(row, "fiscal_year"))
			.all()
			.collect(Collectors.toSet());
	}

	private Mono<Void> insert(List<ServiceAchievement> chunk) {
		ServiceAchievement first = chunk.get(0);
		return this.database
			.sql("insert into service_achievement (fiscal_year, region_code, service_type_code, target, served,"
					+ " quality_pct, verification, sources, note) select :fiscalYear, r, t, g, s, q, :verification,"
					+ " '{}', :note from unnest(cast(:regions as varchar[]), cast(:types as varchar[]),"
					+ " cast(:targets as bigint[]), cast(:served as bigint[]), cast(:qualities as numeric[]))"
					+ " as u(r, t, g, s, q)")
			.bind("fiscalYear", first.fiscalYear())
			.bind("verification", first.provenance().verification().name())
			.bind("note", first.provenance().note())
			.bind("regions", chunk.stream().map((achievement) -> achievement.region().value()).toArray(String[]::new))
			.bind("types", chunk.stream().map(ServiceAchievement::serviceType).toArray(String[]::new))
			.bind("targets", chunk.stream().map(ServiceAchievement::target).toArray(Long[]::new))
			.bind("served", chunk.stream().map(ServiceAchievement::served).toArray(Long[]::new))
			.bind("qualities", chunk.stream().map(ServiceAchievement::quality).toArray(BigDecimal[]::new))
			.then();
	}

}
