package org.spmawards.domain.achievement;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AchievementScaleTests {

	/** The provisional cut-offs of the curated data. */
	static final AchievementScale SCALE = new AchievementScale(List.of(level("BELUM_TUNTAS", "0", "60"),
			level("TUNTAS_MUDA", "60", "70"), level("TUNTAS_PRATAMA", "70", "80"), level("TUNTAS_MADYA", "80", "90"),
			level("TUNTAS_UTAMA", "90", "100"), level("TUNTAS_PARIPURNA", "100", null)));

	@ParameterizedTest
	@CsvSource({ "0, BELUM_TUNTAS", "59.99, BELUM_TUNTAS", "60, TUNTAS_MUDA", "69.999, TUNTAS_MUDA",
			"70, TUNTAS_PRATAMA", "80, TUNTAS_MADYA", "86.43, TUNTAS_MADYA", "90, TUNTAS_UTAMA", "97.89, TUNTAS_UTAMA",
			"99.99, TUNTAS_UTAMA", "100, TUNTAS_PARIPURNA", "100.00, TUNTAS_PARIPURNA" })
	void placesAValueInTheBandItFallsIn(BigDecimal value, String level) {
		assertThat(SCALE.levelOf(value).code()).isEqualTo(level);
	}

	@Test
	void ordersLevelsFromHighestToLowest() {
		assertThat(SCALE.levels()).extracting(AchievementLevel::code)
			.containsExactly("TUNTAS_PARIPURNA", "TUNTAS_UTAMA", "TUNTAS_MADYA", "TUNTAS_PRATAMA", "TUNTAS_MUDA",
					"BELUM_TUNTAS");
	}

	@Test
	void rejectsAValueOffTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> SCALE.levelOf(new BigDecimal("100.01")))
			.withMessageContaining("outside 0 to 100");
		assertThatIllegalArgumentException().isThrownBy(() -> SCALE.levelOf(new BigDecimal("-0.01")));
	}

	@Test
	void rejectsAGapBetweenLevels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AchievementScale(List.of(level("LOW", "0", "50"), level("HIGH", "60", null))))
			.withMessageContaining("must end where HIGH starts (60)");
	}

	@Test
	void rejectsAScaleThatDoesNotStartAtZero() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AchievementScale(List.of(level("LOW", "10", "50"), level("HIGH", "50", null))))
			.withMessageContaining("must start at 0");
	}

	@Test
	void rejectsABoundedTopLevel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AchievementScale(List.of(level("LOW", "0", "50"), level("HIGH", "50", "100"))))
			.withMessageContaining("no upper bound");
	}

	static AchievementLevel level(String code, String min, String max) {
		return new AchievementLevel(code, code, new BigDecimal(min), (max != null) ? new BigDecimal(max) : null);
	}

}
