package org.spmawards.persistence.index;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.test.Achievements;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what a region reported in one field with the field's index value, in one
 * statement, in each of its shapes: both, the value alone, the achievements alone,
 * neither. Every regency gets synthetic achievements for 2024 (so that their field values
 * are computed) in a database of this test's own.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=field_report")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AchievementRepositoryTests {

	private static final RegionCode KABUPATEN_TANGERANG = RegionCode.of("36.03");

	@Autowired
	AchievementRepository achievements;

	@Autowired
	IndexRepository index;

	@BeforeAll
	void reportEveryServiceOfEveryRegency(@Autowired DatabaseClient database, @Autowired IndexRefresher refresher) {
		Achievements.of(2024)
			.insertForEveryServiceOf(database, RegionLevel.REGENCY)
			.then(refresher.refresh(2024))
			.then(Achievements.of(2019).report("36.03", "HEA-K-2", 1000, 950, 90).insert(database))
			.block();
	}

	@Test
	void readsAFieldsAchievementsWithItsIndexValueAsTheyAreReadApart() {
		List<String> healthServices = List.of("HEA-K-1", "HEA-K-10", "HEA-K-11", "HEA-K-12", "HEA-K-2", "HEA-K-3",
				"HEA-K-4", "HEA-K-5", "HEA-K-6", "HEA-K-7", "HEA-K-8", "HEA-K-9");
		IndexValue health = this.index.find(KABUPATEN_TANGERANG, 2024, SectorCode.HEALTH).block();
		StepVerifier.create(this.achievements.findSectorReport(KABUPATEN_TANGERANG, 2024, SectorCode.HEALTH))
			.assertNext((report) -> {
				assertThat(report.index()).isNotNull().isEqualTo(health);
				assertThat(report.reported()).extracting((row) -> row.reported().serviceType())
					.containsExactlyElementsOf(healthServices);
				assertThat(report.reported()).allSatisfy((row) -> {
					assertThat(row.sector()).isEqualTo(SectorCode.HEALTH);
					assertThat(row.reported().region()).isEqualTo(KABUPATEN_TANGERANG);
					assertThat(row.reported().target()).isEqualTo(1000L);
				});
			})
			.verifyComplete();
	}

	@Test
	void readsAFieldValueWithoutAchievements() {
		// Maluku's published education index of 2024; the province reported no services
		StepVerifier.create(this.achievements.findSectorReport(RegionCode.of("81"), 2024, SectorCode.EDUCATION))
			.assertNext((report) -> {
				assertThat(report.index()).isNotNull();
				assertThat(report.index().value().value()).isEqualByComparingTo("100");
				assertThat(report.reported()).isEmpty();
			})
			.verifyComplete();
	}

	@Test
	void readsAchievementsWithoutAFieldValue() {
		StepVerifier.create(this.achievements.findSectorReport(KABUPATEN_TANGERANG, 2019, SectorCode.HEALTH))
			.assertNext((report) -> {
				assertThat(report.index()).isNull();
				assertThat(report.reported()).singleElement().satisfies((row) -> {
					assertThat(row.reported().serviceType()).isEqualTo("HEA-K-2");
					assertThat(row.reported().served()).isEqualTo(950L);
				});
			})
			.verifyComplete();
	}

	@Test
	void readsNothingWhereNeitherIsHeld() {
		StepVerifier.create(this.achievements.findSectorReport(RegionCode.of("36.71"), 2019, SectorCode.HEALTH))
			.verifyComplete();
	}

}
