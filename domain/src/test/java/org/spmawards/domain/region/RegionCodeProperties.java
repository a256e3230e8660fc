package org.spmawards.domain.region;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeProperties {

	@Property
	void everyValidRegencyOrCityCodeRoundTripsAndBelongsToItsProvince(@ForAll("provinces") int province,
			@ForAll("locals") int local) {
		String text = String.format("%02d.%02d", province, local);
		RegionCode code = RegionCode.of(text);
		assertThat(code.value()).isEqualTo(text);
		assertThat(code.province().value()).isEqualTo(String.format("%02d", province));
		assertThat(code.level()).isEqualTo((local <= 69) ? RegionLevel.REGENCY : RegionLevel.CITY);
	}

	@Property
	void anyTextThatIsNotTwoOrTwoDotTwoDigitsIsRejected(@ForAll String text) {
		if (text.matches("\\d{2}(\\.\\d{2})?")) {
			return;
		}
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(text));
	}

	@Provide
	Arbitrary<Integer> provinces() {
		return Arbitraries.integers().between(11, 99);
	}

	@Provide
	Arbitrary<Integer> locals() {
		return Arbitraries.integers().between(1, 99).filter((n) -> n != 70);
	}

}
