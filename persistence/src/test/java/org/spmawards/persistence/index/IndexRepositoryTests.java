package org.spmawards.persistence.index;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.region.RegionCode;
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
	void marksALevelDerivedFromTheCutOffsAsComputed() {
		StepVerifier.create(this.index.find(RegionCode.of("36.71"), 2024, null)).assertNext((tangerang) -> {
			assertThat(tangerang.origin()).isEqualTo(Origin.PUBLISHED);
			assertThat(tangerang.achievementLevel()).isEqualTo("TUNTAS_UTAMA");
			assertThat(tangerang.achievementLevelOrigin()).isEqualTo(Origin.COMPUTED);
		}).verifyComplete();
		StepVerifier.create(this.index.find(RegionCode.of("81"), 2024, null))
			.assertNext((maluku) -> assertThat(maluku.achievementLevelOrigin()).isEqualTo(Origin.PUBLISHED))
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

}
