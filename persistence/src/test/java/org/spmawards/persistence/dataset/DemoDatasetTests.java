package org.spmawards.persistence.dataset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.imports.DataImporter;
import org.spmawards.persistence.imports.ImportReport;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service started in demo mode, on a database of its own.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo", "spm.dataset=demo" })
class DemoDatasetTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	DatasetRepository datasets;

	@Autowired
	DemoDatasetLoader loader;

	@Autowired
	IndexRepository index;

	@Autowired
	RankingRepository rankings;

	@Test
	void leavesTheTablesItWroteVacuumed() {
		// not n_dead_tup: the writers' connections report their counts to the
		// statistics up to a second later, so they can land after the vacuum's
		StepVerifier.create(this.database
			.sql("select relname, last_vacuum is not null and last_analyze is not null as vacuumed"
					+ " from pg_stat_user_tables where relname in ('service_achievement', 'index_value') order by relname")
			.map((row) -> row.get("relname", String.class) + " " + row.get("vacuumed", Boolean.class))
			.all()).expectNext("index_value true", "service_achievement true").verifyComplete();
	}

	@Test
	void marksTheDatabaseAsDemo() {
		StepVerifier.create(this.datasets.find()).assertNext((dataset) -> {
			assertThat(dataset.kind()).isEqualTo(DatasetKind.DEMO);
			assertThat(dataset.description()).contains("SYNTHETIC", "2021-2024");
		}).verifyComplete();
	}

	@Test
	void fillsEveryRegionAndServiceForEveryAssessedYearWithSyntheticValues() {
		StepVerifier
			.create(this.database
				.sql("select count(*) as n, count(distinct fiscal_year) as years,"
						+ " count(*) filter (where verification <> 'SYNTHETIC') as real from service_achievement")
				.map((row) -> row.get("n", Long.class) + " " + row.get("years", Long.class) + " "
						+ row.get("real", Long.class))
				.one())
			// (38 provinces x 14 + 514 regencies and cities x 29) service types x 4 years
			.expectNext((38 * 14 + 514 * 29) * 4 + " 4 0")
			.verifyComplete();
	}

	@Test
	void ranksEveryCityNationallyForEachEdition() {
		for (int fiscalYear = 2021; fiscalYear <= 2024; fiscalYear++) {
			StepVerifier.create(this.rankings.findRanking(Ranking.of(fiscalYear, RegionLevel.CITY, null), 0, 5))
				.assertNext((ranking) -> {
					assertThat(ranking.coverage().regionsWithValue()).isEqualTo(98);
					assertThat(ranking.coverage().regionsInCategory()).isEqualTo(98);
					assertThat(ranking.coverage().rankKind()).isEqualTo(RankKind.NATIONAL);
					assertThat(ranking.page().items()).allSatisfy((row) -> {
						assertThat(row.value().ranks().nationalOrigin()).isEqualTo(Origin.COMPUTED);
						assertThat(row.value().provenance().verification()).isEqualTo(Verification.SYNTHETIC);
					});
				})
				.verifyComplete();
		}
	}

	@Test
	void readsEachPageOfTheRankingsWithoutTheirCoverageAsWithIt() {
		// the rank kind of an entry read without the coverage is the one stored with its
		// value: NATIONAL here, as the coverage says
		for (RegionLevel category : RegionLevel.values()) {
			for (long offset = 0; offset < 420; offset += 100) {
				Ranking ranking = Ranking.of(2024, category, SectorCode.EDUCATION);
				List<RankingRow> counted = this.rankings.findRanking(ranking, offset, 100)
					.map((read) -> read.page().items())
					.block();
				StepVerifier.create(this.rankings.findEntries(ranking, offset, 100, true, false).collectList())
					.assertNext((entries) -> {
						assertThat(entries).isEqualTo(counted);
						assertThat(entries)
							.allSatisfy((row) -> assertThat(row.rankKind()).isEqualTo(RankKind.NATIONAL));
					})
					.verifyComplete();
			}
		}
	}

	@Test
	void computesEveryValueFromTheSyntheticDataAndNoneFromThePublishedOnes() {
		StepVerifier
			.create(this.database
				.sql("select origin, verification, count(*) as n from index_value"
						+ " group by origin, verification order by origin, verification")
				.map((row) -> row.get("origin", String.class) + " " + row.get("verification", String.class))
				.all()
				.collectList())
			.assertNext((kinds) -> assertThat(kinds).containsExactly("COMPUTED SYNTHETIC"))
			.verifyComplete();
		// Kota Tangerang's real 99.95 stays in the official dataset
		StepVerifier.create(this.index.find(RegionCode.of("36.71"), 2024, null))
			.assertNext((tangerang) -> assertThat(tangerang.value().value()).isNotEqualByComparingTo("99.95"))
			.verifyComplete();
	}

	@Test
	void generatesNothingTwice() {
		StepVerifier.create(this.loader.load(new DatasetProperties.Demo(20251, 2024, 4))).verifyComplete();
	}

	@Test
	void refusesToServeTheDemoDatabaseAsOfficial() {
		StepVerifier.create(this.datasets.claim(new Dataset(DatasetKind.OFFICIAL, "official")))
			.expectErrorSatisfies((error) -> assertThat(error).hasMessageContaining("holds the DEMO dataset"))
			.verify();
	}

	@Test
	void refusesToImportOfficialDataIntoTheDemoDatabase(@Autowired DataImporter importer) {
		StepVerifier.create(importer.importAchievements(2024, "data-team", null, Flux.empty())).assertNext((report) -> {
			assertThat(report.status()).isEqualTo(ImportReport.REJECTED);
			assertThat(report.errors()).singleElement()
				.satisfies((error) -> assertThat(error.reason()).contains("DEMO dataset"));
		}).verifyComplete();
	}

}
