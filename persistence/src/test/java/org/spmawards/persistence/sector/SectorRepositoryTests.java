package org.spmawards.persistence.sector;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class SectorRepositoryTests {

	@Autowired
	SectorRepository sectors;

	@Test
	void listsTheSixFieldsInTheRegulationsOrder() {
		StepVerifier.create(this.sectors.findAll().map((sector) -> sector.code()))
			.expectNext(SectorCode.EDUCATION, SectorCode.HEALTH, SectorCode.PUBLIC_WORKS, SectorCode.HOUSING,
					SectorCode.PUBLIC_ORDER, SectorCode.SOCIAL)
			.verifyComplete();
	}

	@Test
	void countsFourteenProvinceAndTwentyNineRegencyCityServiceTypes() {
		StepVerifier
			.create(this.sectors.findServiceTypes(EnumSet.allOf(SectorCode.class), GovernmentLevel.PROVINCE).count())
			.expectNext(14L)
			.verifyComplete();
		StepVerifier
			.create(this.sectors.findServiceTypes(EnumSet.allOf(SectorCode.class), GovernmentLevel.REGENCY_CITY)
				.count())
			.expectNext(29L)
			.verifyComplete();
	}

	@Test
	void listsAFieldsServiceTypesProvinceFirstThenByOrdinal() {
		StepVerifier
			.create(this.sectors.findServiceTypes(EnumSet.of(SectorCode.EDUCATION), null).map((type) -> type.code()))
			.expectNext("EDU-P-1", "EDU-P-2", "EDU-K-1", "EDU-K-2", "EDU-K-3")
			.verifyComplete();
	}

	@Test
	void keepsTheProvisionalMarkOfACuratedServiceType() {
		StepVerifier
			.create(this.sectors.findServiceTypes(EnumSet.of(SectorCode.PUBLIC_ORDER), GovernmentLevel.PROVINCE)
				.single())
			.assertNext((type) -> assertThat(type.verification().name()).isEqualTo("PROVISIONAL"))
			.verifyComplete();
	}

}
