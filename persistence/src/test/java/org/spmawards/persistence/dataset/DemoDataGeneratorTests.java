package org.spmawards.persistence.dataset;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.Population;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTests {

	static final List<Region> REGIONS = List.of(
			new Region(RegionCode.of("36"), "Banten", new Population(12_000_000, 6_000_000, 6_000_000), null, null),
			new Region(RegionCode.of("36.71"), "Kota Tangerang", new Population(1_900_000, 950_000, 950_000), null,
					null),
			new Region(RegionCode.of("36.01"), "Kabupaten Pandeglang", null, null, null));

	static final List<ServiceType> TYPES = List.of(
			new ServiceType("EDU-P-1", SectorCode.EDUCATION, GovernmentLevel.PROVINCE, 1, "x", "x", "x",
					Verification.VERIFIED_SINGLE),
			new ServiceType("EDU-K-1", SectorCode.EDUCATION, GovernmentLevel.REGENCY_CITY, 1, "x", "x", "x",
					Verification.VERIFIED_SINGLE),
			new ServiceType("HEA-K-1", SectorCode.HEALTH, GovernmentLevel.REGENCY_CITY, 1, "x", "x", "x",
					Verification.VERIFIED_SINGLE));

	@Test
	void givesEveryRegionTheServicesOwedAtItsLevel() {
		List<ServiceAchievement> year = new DemoDataGenerator(1).generate(2024, REGIONS, TYPES);
		assertThat(year).extracting((achievement) -> achievement.region() + " " + achievement.serviceType())
			.containsExactly("36 EDU-P-1", "36.71 EDU-K-1", "36.71 HEA-K-1", "36.01 EDU-K-1", "36.01 HEA-K-1");
	}

	@Test
	void labelsEveryValueSynthetic() {
		assertThat(new DemoDataGenerator(1).generate(2024, REGIONS, TYPES)).allSatisfy((achievement) -> {
			assertThat(achievement.provenance().verification()).isEqualTo(Verification.SYNTHETIC);
			assertThat(achievement.provenance().note()).contains("seed 1");
		});
	}

	@Test
	void derivesTheSameValuesFromTheSameSeed() {
		assertThat(new DemoDataGenerator(7).generate(2023, REGIONS, TYPES))
			.isEqualTo(new DemoDataGenerator(7).generate(2023, REGIONS, TYPES))
			.isNotEqualTo(new DemoDataGenerator(8).generate(2023, REGIONS, TYPES));
	}

	@Test
	void makesPlausibleFigures() {
		for (int year = 2022; year <= 2024; year++) {
			assertThat(new DemoDataGenerator(20251).generate(year, REGIONS, TYPES)).allSatisfy((achievement) -> {
				assertThat(achievement.target()).isPositive();
				assertThat(achievement.served()).isBetween(0L, achievement.target() * 11 / 10);
				assertThat(achievement.quality()).isBetween(new BigDecimal("30"), new BigDecimal("100"));
			});
		}
	}

}
