package org.spmawards.persistence.index;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.Completeness;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.support.DataChangeListener;
import org.spmawards.persistence.support.DataVersion;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.test.Achievements;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=refresh")
class IndexRefresherTests {

	@Autowired
	IndexRefresher refresher;

	@Autowired
	IndexRepository index;

	@Autowired
	RankingRepository rankings;

	@Autowired
	DatabaseClient database;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	DataVersionStore dataVersionStore;

	@Autowired
	DataChangeListener dataChangeListener;

	@BeforeEach
	void reportAchievementsFor2024() {
		Achievements achievements = Achievements.of(2024)
			.verification(Verification.VERIFIED_SINGLE)
			.sources("https://example.org/2024.csv")
			.note(null)
			.report("36.71", "EDU-K-1", 100, 100, 100)
			.report("36.71", "EDU-K-2", 200, 150, 90)
			.report("36.71", "EDU-K-3", 0, 0, 0)
			.report("36.71", "HEA-K-1", 100, 50, 50)
			.report("36.71", "HEA-K-2", 0, 0, 0)
			.report("36.74", "EDU-K-1", 100, 90, 100)
			.report("36.03", "EDU-K-1", 100, 10, 0);
		// computed: 36.71 education (complete: EDU-K-3 does not apply) and health (1 of
		// 12), its overall value is published; 36.74 and 36.03 education and overall from
		// 1 service each; published: 35.78 and 36.71 overall, 81 overall, education,
		// health and public works
		StepVerifier
			.create(this.database.sql("delete from service_achievement")
				.then()
				.then(achievements.insert(this.database))
				.then(this.refresher.refresh(2024)))
			.expectNext(12)
			.verifyComplete();
	}

	@Test
	void leavesAComputedValueOfOneServiceOutOfTheRanking() {
		StepVerifier.create(this.rankings.findRanking(Ranking.of(2024, RegionLevel.CITY, null), 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items())
					.extracting((row) -> row.rank() + " " + row.value().region() + " " + row.value().value() + " "
							+ row.value().origin())
					.containsExactly("1 36.71 99.95 PUBLISHED", "2 35.78 99.83 PUBLISHED");
				assertThat(ranking.coverage().regionsWithValue()).isEqualTo(2);
				assertThat(ranking.coverage().incompleteLeftOut()).isEqualTo(1);
			})
			.verifyComplete();
		StepVerifier.create(this.index.find(RegionCode.of("36.74"), 2024, null)).assertNext((value) -> {
			assertThat(value.value().value()).isEqualByComparingTo("92.00");
			assertThat(value.completeness()).isEqualTo(new Completeness(1, 29));
			assertThat(value.rank()).isNull();
			assertThat(value.ranks().national()).isNull();
		}).verifyComplete();
	}

	@Test
	void computesSectorIndexesAndLeavesOutServicesThatDoNotApply() {
		StepVerifier.create(this.index.findByRegions(java.util.List.of(RegionCode.of("36.71")), 2024).collectList())
			.assertNext((values) -> {
				assertThat(values).extracting((value) -> value.sector() + " " + value.value() + " " + value.origin())
					.containsExactly("null 99.95 PUBLISHED", "EDUCATION 89.00 COMPUTED", "HEALTH 50.00 COMPUTED");
				assertThat(values.get(1).provenance().verification()).isEqualTo(Verification.COMPUTED);
				assertThat(values.get(1).provenance().sources()).hasSize(1);
				assertThat(values.get(1).provenance().note()).contains("from 2 of the 2 service achievements");
				assertThat(values.get(1).completeness()).isEqualTo(new Completeness(2, 2));
				assertThat(values.get(2).completeness()).isEqualTo(new Completeness(1, 11));
			})
			.verifyComplete();
	}

	@Test
	void ranksEachFieldSeparatelyWithOnlyItsCompleteValues() {
		StepVerifier
			.create(this.rankings.findRanking(Ranking.of(2024, RegionLevel.CITY, SectorCode.EDUCATION), 0, 20)
				.flatMapIterable((ranking) -> ranking.page().items())
				.map((row) -> row.rank() + " " + row.value().region() + " " + row.rankKind()))
			.expectNext("1 36.71 WITHIN_DATA_HELD")
			.verifyComplete();
	}

	@Test
	void refreshingAgainChangesNothing() {
		StepVerifier.create(this.refresher.refresh(2024)).expectNext(12).verifyComplete();
		StepVerifier.create(this.index.find(RegionCode.of("36.03"), 2024, null)).assertNext((value) -> {
			assertThat(value.value().value()).isEqualByComparingTo("8.00");
			assertThat(value.origin()).isEqualTo(Origin.COMPUTED);
			assertThat(value.achievementLevel()).isEqualTo("BELUM_TUNTAS");
			assertThat(value.achievementLevelOrigin()).isEqualTo(Origin.COMPUTED);
			assertThat(value.completeness()).isEqualTo(new Completeness(1, 29));
		}).verifyComplete();
	}

	@Test
	void advancesTheStoredDataVersionWhichTheInstanceSeesOnceItReadsIt() {
		// the listener reads the stored version when notified, or every few seconds:
		// stopped, so that only this test reads it
		this.dataChangeListener.stop();
		try {
			long seen = this.dataVersionStore.refresh().block();
			UUID epoch = this.dataVersion.epoch();
			this.refresher.refresh(2024).block();
			assertThat(this.dataVersion.current()).isEqualTo(seen);
			assertThat(this.dataVersionStore.refresh().block()).isEqualTo(seen + 1);
			assertThat(this.dataVersion.current()).isEqualTo(seen + 1);
			assertThat(this.dataVersion.epoch()).isEqualTo(epoch).isNotEqualTo(new UUID(0, 0));
			// an older version of the same database is never gone back to
			this.dataVersion.observe(epoch, seen, Instant.EPOCH);
			assertThat(this.dataVersion.current()).isEqualTo(seen + 1);
		}
		finally {
			this.dataChangeListener.start();
		}
	}

}
