package org.spmawards.domain.ranking;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.spmawards.domain.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitionRankingProperties {

	record Entry(RegionCode region, BigDecimal value) {

	}

	@Property
	void aRankIsOneMoreThanTheNumberOfStrictlyHigherValues(@ForAll("entries") List<Entry> entries) {
		List<CompetitionRanking.Ranked<Entry>> ranked = CompetitionRanking.rank(entries, Entry::value, Entry::region);
		assertThat(ranked).hasSameSizeAs(entries);
		for (CompetitionRanking.Ranked<Entry> each : ranked) {
			long higher = entries.stream().filter((other) -> other.value().compareTo(each.entry().value()) > 0).count();
			assertThat(each.rank()).isEqualTo(higher + 1);
		}
	}

	@Property
	void listsEntriesByRankThenRegionCode(@ForAll("entries") List<Entry> entries) {
		List<CompetitionRanking.Ranked<Entry>> ranked = CompetitionRanking.rank(entries, Entry::value, Entry::region);
		for (int i = 1; i < ranked.size(); i++) {
			CompetitionRanking.Ranked<Entry> before = ranked.get(i - 1);
			CompetitionRanking.Ranked<Entry> after = ranked.get(i);
			assertThat(before.rank()).isLessThanOrEqualTo(after.rank());
			if (before.rank() == after.rank()) {
				assertThat(before.entry().region()).isLessThan(after.entry().region());
			}
		}
	}

	@Provide
	Arbitrary<List<Entry>> entries() {
		Arbitrary<RegionCode> codes = Arbitraries.integers()
			.between(1, 99)
			.filter((n) -> n != 70)
			.map((n) -> RegionCode.of(String.format("36.%02d", n)));
		// few distinct values, so that ties are common
		Arbitrary<BigDecimal> values = Arbitraries.integers().between(9000, 9010).map((n) -> BigDecimal.valueOf(n, 2));
		return codes.list()
			.uniqueElements()
			.ofMaxSize(40)
			.flatMap((regions) -> values.list()
				.ofSize(regions.size())
				.map((drawn) -> java.util.stream.IntStream.range(0, regions.size())
					.mapToObj((i) -> new Entry(regions.get(i), drawn.get(i)))
					.toList()));
	}

}
