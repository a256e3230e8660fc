package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndexCalculatorTests {

	private final IndexCalculator calculator = new IndexCalculator(Methodologies.PROVISIONAL);

	@Test
	void weighsTheShareServedAndTheQuality() {
		// 0.8 x 150/200 x 100 + 0.2 x 90 = 60 + 18
		assertThat(this.calculator.serviceAchievement(200L, 150L, new BigDecimal("90")))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("78"));
	}

	@Test
	void capsTheShareServedAtTheTarget() {
		assertThat(this.calculator.serviceAchievement(100L, 120L, new BigDecimal("50")))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("90"));
	}

	@Test
	void leavesOutAServiceWithoutEntitledCitizens() {
		assertThat(this.calculator.serviceAchievement(0L, 0L, new BigDecimal("100"))).isEmpty();
	}

	@Test
	void leavesOutAServiceWithAMissingFigure() {
		assertThat(this.calculator.serviceAchievement(100L, null, new BigDecimal("100"))).isEmpty();
		assertThat(this.calculator.serviceAchievement(100L, 100L, null)).isEmpty();
	}

	@Test
	void carriesTwelveDecimalsBetweenLevels() {
		// 0.8 x 1/3 x 100 = 26.666666666667 (12 places), not 26.67
		assertThat(this.calculator.serviceAchievement(3L, 1L, BigDecimal.ZERO))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("26.666666666667"));
	}

	@Test
	void averagesUnroundedValuesAndRoundsOnlyTheResult() {
		// 10.006 and 10.003: the exact mean 10.0045 shows as 10.00; rounding first would
		// give 10.01
		BigDecimal first = this.calculator.serviceAchievement(40000L, 5003L, BigDecimal.ZERO).orElseThrow();
		BigDecimal second = this.calculator.serviceAchievement(80000L, 10003L, BigDecimal.ZERO).orElseThrow();
		assertThat(first).isEqualByComparingTo("10.006");
		assertThat(second).isEqualByComparingTo("10.003");
		BigDecimal mean = IndexCalculator.mean(List.of(first, second)).orElseThrow();
		assertThat(IndexCalculator.shown(mean)).isEqualByComparingTo("10.00");
		assertThat(IndexCalculator
			.shown(IndexCalculator.shown(first).add(IndexCalculator.shown(second)).divide(BigDecimal.valueOf(2))))
			.isEqualByComparingTo("10.01");
	}

	@Test
	void roundsHalfUp() {
		assertThat(IndexCalculator.shown(new BigDecimal("97.885"))).isEqualByComparingTo("97.89");
		assertThat(IndexCalculator.shown(new BigDecimal("97.8849999"))).isEqualByComparingTo("97.88");
	}

	@Test
	void hasNoMeanOfNothing() {
		assertThat(IndexCalculator.mean(List.of())).isEmpty();
	}

	@Test
	void rejectsWeightsThatDoNotAddUpToOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Methodology("X", "x", new BigDecimal("0.8"), new BigDecimal("0.3"),
					Methodologies.SCALE, true, "", "", Methodologies.PROVISIONAL.provenance()))
			.withMessageContaining("add up to 1");
	}

}
