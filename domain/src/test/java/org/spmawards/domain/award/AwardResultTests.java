package org.spmawards.domain.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AwardResultTests {

	static final Provenance SOURCE = new Provenance(Verification.VERIFIED_SINGLE, List.of(), null);

	@Test
	void aNationalAwardHasAPlaceAndAStableId() {
		AwardResult result = new AwardResult(2023, AwardCategory.CITY, null, 1, RegionCode.of("36.71"), null, SOURCE);
		assertThat(result.id()).isEqualTo("2023:CITY:1:36.71");
	}

	@Test
	void aRegionalAwardHasAZoneAndNoPlace() {
		AwardResult result = new AwardResult(2025, AwardCategory.REGIONAL_BEST, Zone.MALUKU_PAPUA, null,
				RegionCode.of("81"), Score.of("97.89"), SOURCE);
		assertThat(result.id()).isEqualTo("2025:REGIONAL_BEST:MALUKU_PAPUA:81");
	}

	@Test
	void rejectsANationalAwardWithoutAPlaceFromOneToThree() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AwardResult(2023, AwardCategory.CITY, null, 4, RegionCode.of("36.71"), null, SOURCE))
			.withMessageContaining("place from 1 to 3");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new AwardResult(2023, AwardCategory.CITY, null, null, RegionCode.of("36.71"), null, SOURCE));
	}

	@Test
	void rejectsAWinnerOfTheWrongLevel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AwardResult(2023, AwardCategory.CITY, null, 1, RegionCode.of("36.03"), null, SOURCE))
			.withMessageContaining("CITY awards go to a CITY, but 36.03 is a REGENCY");
	}

	@Test
	void rejectsARegionalAwardWithoutAZone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AwardResult(2025, AwardCategory.REGIONAL_BEST, null,
				null, RegionCode.of("13"), null, SOURCE));
	}

	@Test
	void rejectsAScoreOffTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> Score.of("100.5"))
			.withMessageContaining("outside 0 to 100");
	}

}
