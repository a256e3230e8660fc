package org.spmawards.persistence.region;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.region.Population;
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
	void findsKotaTangerangWithItsFigures() {
		StepVerifier.create(this.regions.findByCode(RegionCode.of("36.71"))).assertNext((region) -> {
			assertThat(region.name()).isEqualTo("Kota Tangerang");
			assertThat(region.level()).isEqualTo(RegionLevel.CITY);
			assertThat(region.provinceCode()).isEqualTo(RegionCode.of("36"));
			assertThat(region.population()).isNotNull().extracting(Population::total).isInstanceOf(Long.class);
			assertThat(region.areaKm2()).isGreaterThan(BigDecimal.ZERO);
			assertThat(region.centroid()).isNotNull();
		}).verifyComplete();
	}

	@Test
	void findsNothingForAnUnknownCode() {
		StepVerifier.create(this.regions.findByCode(RegionCode.of("36.98"))).verifyComplete();
	}

	@Test
	void findsManyRegionsInCodeOrder() {
		StepVerifier
			.create(this.regions.findByCodes(List.of(RegionCode.of("36.71"), RegionCode.of("11.10"),
					RegionCode.of("36.71"), RegionCode.of("99.99")))
				.map((region) -> region.code().value()))
			.expectNext("11.10", "36.71")
			.verifyComplete();
	}

	@Test
	void listsTheRegenciesAndCitiesOfProvinces() {
		StepVerifier
			.create(this.regions.findByProvinces(List.of(RegionCode.of("36"))).map((region) -> region.code().value()))
			.expectNext("36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74")
			.verifyComplete();
	}

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
