package org.spmawards.persistence.reference;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.Population;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class ReferenceDataCacheTests {

	@Autowired
	ReferenceDataCache cache;

	@Test
	void holdsKotaTangerangWithItsFigures() {
		StepVerifier.create(this.cache.get().map((data) -> data.region(RegionCode.of("36.71")).orElseThrow()))
			.assertNext((region) -> {
				assertThat(region.name()).isEqualTo("Kota Tangerang");
				assertThat(region.level()).isEqualTo(RegionLevel.CITY);
				assertThat(region.provinceCode()).isEqualTo(RegionCode.of("36"));
				assertThat(region.population()).isNotNull().extracting(Population::total).isEqualTo(1957349L);
				assertThat(region.areaKm2()).isGreaterThan(BigDecimal.ZERO);
				assertThat(region.centroid()).isNotNull();
			})
			.verifyComplete();
	}

	@Test
	void holdsEveryRegionAndKnowsNoOther() {
		StepVerifier.create(this.cache.get()).assertNext((data) -> {
			assertThat(data.regions()).hasSize(552);
			assertThat(data.regionCounts()).containsEntry(RegionLevel.PROVINCE, 38L)
				.containsEntry(RegionLevel.REGENCY, 416L)
				.containsEntry(RegionLevel.CITY, 98L);
			assertThat(data.region(RegionCode.of("36.98"))).isEmpty();
		}).verifyComplete();
	}

	@Test
	void listsTheRegenciesAndCitiesOfAProvince() {
		StepVerifier
			.create(this.cache.get()
				.map((data) -> data.regionsOf(RegionCode.of("36"))
					.stream()
					.map(Region::code)
					.map(RegionCode::value)
					.toList()))
			.assertNext((codes) -> assertThat(codes).containsExactly("36.01", "36.02", "36.03", "36.04", "36.71",
					"36.72", "36.73", "36.74"))
			.verifyComplete();
	}

	@Test
	void holdsFieldsServiceTypesLevelsEditionsAndMethodologies() {
		StepVerifier.create(this.cache.get()).assertNext((data) -> {
			assertThat(data.sectors()).hasSize(6);
			assertThat(data.serviceTypes(SectorCode.EDUCATION, null)).extracting((type) -> type.code())
				.containsExactly("EDU-P-1", "EDU-P-2", "EDU-K-1", "EDU-K-2", "EDU-K-3");
			assertThat(data.serviceTypes(SectorCode.HEALTH, GovernmentLevel.REGENCY_CITY)).hasSize(12);
			assertThat(data.levels()).hasSize(6);
			assertThat(data.edition(2025))
				.hasValueSatisfying((edition) -> assertThat(edition.fiscalYear()).isEqualTo(2024));
			assertThat(data.edition(2019)).isEmpty();
			assertThat(data.methodology(2025).recipientsWeight()).isEqualByComparingTo("0.8");
		}).verifyComplete();
	}

	@Test
	void findsKotaTangerangsThreeCityAwardsWithSources() {
		StepVerifier.create(this.cache.get().map((data) -> data.awardResults(null, RegionCode.of("36.71"), null, null)))
			.assertNext((results) -> {
				assertThat(results).extracting(AwardResult::id)
					.containsExactly("2023:CITY:1:36.71", "2024:CITY:3:36.71", "2025:CITY:1:36.71");
				assertThat(results).allSatisfy((result) -> {
					assertThat(result.provenance().verification()).isEqualTo(Verification.VERIFIED_MULTIPLE);
					assertThat(result.provenance().sources()).hasSizeGreaterThanOrEqualTo(2);
				});
			})
			.verifyComplete();
	}

	@Test
	void ordersAnEditionsResultsByCategoryThenPlace() {
		StepVerifier
			.create(this.cache.get()
				.map((data) -> data.awardResults(null, null, 2025, 2025).stream().map(AwardResult::id).toList()))
			.assertNext((ids) -> assertThat(ids)
				.startsWith("2025:PROVINCE:1:32", "2025:PROVINCE:2:31", "2025:PROVINCE:3:35", "2025:REGENCY:1:32.01",
						"2025:CITY:1:36.71")
				.endsWith("2025:MOST_ACTIVE_PROVINCE:-:64")
				.hasSize(14))
			.verifyComplete();
	}

	@Test
	void filtersResultsByCategoryAndYears() {
		StepVerifier.create(this.cache.get()).assertNext((data) -> {
			assertThat(data.awardResults(AwardCategory.REGENCY, null, 2024, 2024)).extracting(AwardResult::place)
				.containsExactly(1, 3);
			assertThat(data.awardResults(AwardCategory.CITY, null, 2023, 2025)).extracting(AwardResult::id)
				.containsExactly("2023:CITY:1:36.71", "2023:CITY:2:16.74", "2023:CITY:3:13.71", "2024:CITY:1:73.71",
						"2024:CITY:2:36.74", "2024:CITY:3:36.71", "2025:CITY:1:36.71", "2025:CITY:2:36.74",
						"2025:CITY:3:35.78");
			assertThat(data.awardResults(null, null, 2026, null)).isEmpty();
		}).verifyComplete();
	}

	@Test
	void keepsAnUnpublishedScoreUnknown() {
		StepVerifier.create(this.cache.get().map((data) -> data.awardResults(AwardCategory.CITY, null, 2023, 2023)))
			.assertNext((results) -> assertThat(results).hasSize(3)
				.allSatisfy((result) -> assertThat(result.score()).isNull()))
			.verifyComplete();
	}

}
