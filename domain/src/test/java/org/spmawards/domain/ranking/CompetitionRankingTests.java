package org.spmawards.domain.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitionRankingTests {

	record Entry(String code, String value) {

		RegionCode region() {
			return RegionCode.of(this.code);
		}

		BigDecimal decimal() {
			return new BigDecimal(this.value);
		}

	}

	@Test
	void ranksTiedRegionsEquallyAndSkipsThePlacesTheyShare() {
		List<Entry> entries = List.of(new Entry("36.74", "97.50"), new Entry("36.71", "99.95"),
				new Entry("73.71", "97.5"), new Entry("35.78", "99.83"), new Entry("13.71", "90"));
		assertThat(CompetitionRanking.rank(entries, Entry::decimal, Entry::region))
			.extracting((ranked) -> ranked.rank() + " " + ranked.entry().code())
			.containsExactly("1 36.71", "2 35.78", "3 36.74", "3 73.71", "5 13.71");
	}

	@Test
	void listsTiesByRegionCode() {
		List<Entry> entries = List.of(new Entry("73", "100"), new Entry("33", "100"), new Entry("16.02", "98.70"));
		assertThat(CompetitionRanking.rank(entries, Entry::decimal, Entry::region))
			.extracting((ranked) -> ranked.rank() + " " + ranked.entry().code())
			.containsExactly("1 33", "1 73", "3 16.02");
	}

	@Test
	void ranksNothingAsNothing() {
		assertThat(CompetitionRanking.rank(List.<Entry>of(), Entry::decimal, Entry::region)).isEmpty();
	}

}
