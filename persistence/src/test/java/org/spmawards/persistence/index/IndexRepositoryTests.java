package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.IndexOrigin;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the index values of the curated data, which the service ranks when it starts.
 */
@SpringBootTest
@WithTestDatabase
class IndexRepositoryTests {

	@Autowired
	IndexRepository index;

	@Test
	void ranksMalukuAsTheOnlyProvinceWithA2024Value() {
		StepVerifier.create(this.index.findRanking(2024, RegionLevel.PROVINCE, null, null, 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.regionsWithValue()).isEqualTo(1);
				assertThat(ranking.regionsInCategory()).isEqualTo(38);
				RankingRow maluku = ranking.page().items().get(0);
				assertThat(maluku.value().region()).isEqualTo(RegionCode.of("81"));
				assertThat(maluku.value().value().value()).isEqualByComparingTo("97.89");
				assertThat(maluku.value().rank()).isEqualTo(1);
				assertThat(maluku.value().publishedRank()).isEqualTo(17);
				assertThat(maluku.value().origin()).isEqualTo(IndexOrigin.PUBLISHED);
				assertThat(maluku.previousRank()).isEqualTo(1);
			})
			.verifyComplete();
	}

	@Test
	void ranksATieEquallyAndListsItByCodeWhileKeepingThePublishedRanks() {
		StepVerifier.create(this.index.findRanking(2021, RegionLevel.PROVINCE, null, null, 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items())
					.extracting((row) -> row.value().region().value() + " " + row.value().rank() + " "
							+ row.value().publishedRank())
					.containsExactly("33 1 1", "73 1 2");
			})
			.verifyComplete();
	}

	@Test
	void filtersByProvinceAndKeepsTheNationalRank() {
		StepVerifier.create(this.index.findRanking(2024, RegionLevel.CITY, null, RegionCode.of("36"), 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items())
					.extracting((row) -> row.value().region().value() + " " + row.value().rank())
					.containsExactly("36.71 1");
				assertThat(ranking.regionsInCategory()).isEqualTo(4);
			})
			.verifyComplete();
	}

	@Test
	void reportsCoverageForAPagePastTheEnd() {
		StepVerifier.create(this.index.findRanking(2024, RegionLevel.CITY, null, null, 50, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items()).isEmpty();
				assertThat(ranking.regionsWithValue()).isEqualTo(2);
				assertThat(ranking.regionsInCategory()).isEqualTo(98);
			})
			.verifyComplete();
	}

	@Test
	void ranksWithinAField() {
		StepVerifier
			.create(this.index.findRanking(2024, RegionLevel.PROVINCE, SectorCode.HEALTH, null, 0, 20)
				.map((ranking) -> ranking.page().items().get(0).value()))
			.assertNext((value) -> {
				assertThat(value.sector()).isEqualTo(SectorCode.HEALTH);
				assertThat(value.value().value()).isEqualByComparingTo("100");
				assertThat(value.achievementLevel()).isEqualTo("TUNTAS_PARIPURNA");
			})
			.verifyComplete();
	}

	@Test
	void listsARegionsValuesOfAYearOverallFirst() {
		StepVerifier.create(this.index.findByRegions(List.of(RegionCode.of("81")), 2024).collectList())
			.assertNext((values) -> assertThat(values).extracting(IndexValue::sector)
				.containsExactly(null, SectorCode.EDUCATION, SectorCode.HEALTH, SectorCode.PUBLIC_WORKS))
			.verifyComplete();
	}

	@Test
	void listsARegionsHistoryByYear() {
		StepVerifier
			.create(this.index.findHistory(List.of(RegionCode.of("81")), null, null)
				.filter((value) -> value.sector() == null)
				.map((value) -> value.fiscalYear() + " " + value.value()))
			.expectNext("2023 80.25", "2024 97.89")
			.verifyComplete();
		StepVerifier.create(this.index.findHistory(List.of(RegionCode.of("81")), 2024, 2024).count())
			.expectNext(4L)
			.verifyComplete();
	}

	@Test
	void summarisesATieExactly() {
		StepVerifier.create(this.index.statistics(2021, RegionLevel.PROVINCE, null)).assertNext((statistics) -> {
			assertThat(statistics.count()).isEqualTo(2);
			assertThat(statistics.min()).isEqualByComparingTo("100");
			assertThat(statistics.median()).isEqualByComparingTo("100");
			assertThat(statistics.countByLevel()).containsExactly(java.util.Map.entry("TUNTAS_PARIPURNA", 2L));
		}).verifyComplete();
	}

	@Test
	void summarisesAnEmptyRankingAsUnknown() {
		StepVerifier.create(this.index.statistics(2019, RegionLevel.CITY, null)).assertNext((statistics) -> {
			assertThat(statistics.count()).isZero();
			assertThat(statistics.mean()).isNull();
			assertThat(statistics.median()).isNull();
		}).verifyComplete();
	}

	@Test
	void takesTheMedianOfAnEvenCountAsTheMeanOfTheMiddleValues() {
		StepVerifier.create(this.index.statistics(2024, RegionLevel.CITY, null)).assertNext((statistics) -> {
			assertThat(statistics.count()).isEqualTo(2);
			// 99.95 and 99.83
			assertThat(statistics.median()).isEqualByComparingTo(new BigDecimal("99.89"));
			assertThat(statistics.mean()).isEqualByComparingTo(new BigDecimal("99.89"));
		}).verifyComplete();
	}

}
