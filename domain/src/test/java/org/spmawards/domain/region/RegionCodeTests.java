package org.spmawards.domain.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTests {

	@ParameterizedTest
	@CsvSource({ "36, PROVINCE", "36.03, REGENCY", "36.69, REGENCY", "36.71, CITY", "36.99, CITY", "11.10, REGENCY" })
	void derivesLevelFromTheCode(String code, RegionLevel level) {
		assertThat(RegionCode.of(code).level()).isEqualTo(level);
	}

	@Test
	void keepsTheCodeAsTextSoThatTrailingZerosMatter() {
		assertThat(RegionCode.of("11.10")).isNotEqualTo(RegionCode.of("11.01"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("11.1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "3", "367", "36.7", "36.071", "3671", "36-71", " 36", "36.71 ", "ab", "00", "10",
			"36.00", "36.70", "٣٦" })
	void rejectsWhatIsNotAKemendagriCode(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(value))
			.withMessageContaining("'" + value + "' is not a Kemendagri region code")
			.withMessageContaining("e.g. 36.71");
	}

	@Test
	void findsTheParentProvince() {
		assertThat(RegionCode.of("36.71").province()).isEqualTo(RegionCode.of("36"));
		assertThat(RegionCode.of("36").province()).isEqualTo(RegionCode.of("36"));
	}

	@Test
	void flagsJakartasAdministrativeCitiesAndRegencyAsNotAutonomous() {
		assertThat(RegionCode.of("31.71").isAutonomous()).isFalse();
		assertThat(RegionCode.of("31.01").isAutonomous()).isFalse();
		assertThat(RegionCode.of("31").isAutonomous()).isTrue();
		assertThat(RegionCode.of("36.71").isAutonomous()).isTrue();
	}

	@Test
	void ordersCodesAsText() {
		assertThat(RegionCode.of("11.10")).isGreaterThan(RegionCode.of("11.09"));
		assertThat(RegionCode.of("12")).isGreaterThan(RegionCode.of("11.99"));
	}

}
