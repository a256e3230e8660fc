package org.spmawards.domain.region;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionTests {

	@Test
	void derivesLevelProvinceAndAutonomyFromTheCode() {
		Region tangerang = new Region(RegionCode.of("36.71"), "Kota Tangerang", null, null, null);
		assertThat(tangerang.level()).isEqualTo(RegionLevel.CITY);
		assertThat(tangerang.provinceCode()).isEqualTo(RegionCode.of("36"));
		assertThat(tangerang.autonomous()).isTrue();
	}

	@Test
	void aProvinceHasNoParent() {
		assertThat(new Region(RegionCode.of("36"), "Banten", null, null, null).provinceCode()).isNull();
	}

	@Test
	void rejectsAPopulationWhoseSexesDoNotAddUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Population(10, 4, 5))
			.withMessageContaining("not the sum");
	}

	@Test
	void rejectsANonPositiveArea() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Region(RegionCode.of("36"), "Banten", null, BigDecimal.ZERO, null));
	}

	@Test
	void rejectsACentroidOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, 181));
	}

}
