package org.spmawards.persistence.region;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class RegionRepositoryTests {

	@Autowired
	RegionRepository regions;

	@Test
	void pagesThroughCitiesWithTheirTotal() {
		StepVerifier.create(this.regions.findPage(new RegionFilter(RegionLevel.CITY, null), 90, 20))
			.assertNext((page) -> {
				assertThat(page.totalCount()).isEqualTo(98);
				assertThat(page.items()).hasSize(8).allMatch((region) -> region.level() == RegionLevel.CITY);
				assertThat(page.hasNext()).isFalse();
			})
			.verifyComplete();
	}

	@Test
	void filtersByProvinceAndLevelTogether() {
		StepVerifier
			.create(this.regions.findPage(new RegionFilter(RegionLevel.REGENCY, RegionCode.of("36")), 0, 20)
				.map((page) -> page.items().stream().map(Region::name).toList()))
			.assertNext((names) -> assertThat(names).containsExactly("Kabupaten Pandeglang", "Kabupaten Lebak",
					"Kabupaten Tangerang", "Kabupaten Serang"))
			.verifyComplete();
	}

	@Test
	void countsTheWholeListForAPagePastTheEnd() {
		StepVerifier.create(this.regions.findPage(RegionFilter.ALL, 600, 20)).assertNext((page) -> {
			assertThat(page.items()).isEmpty();
			assertThat(page.totalCount()).isEqualTo(552);
		}).verifyComplete();
	}

}
