package org.spmawards.domain.ranking;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndexRanksTests {

	@Test
	void comparesAPublishedRankWithTheYearBeforesPublishedRank() {
		// Maluku: 21st of the provinces for fiscal year 2023, 17th for 2024, the only
		// province held each year
		IndexRanks before = new IndexRanks(1, RankKind.WITHIN_DATA_HELD, 1, PublishedRank.national(21));
		IndexRanks now = new IndexRanks(1, RankKind.WITHIN_DATA_HELD, 1, PublishedRank.national(17));
		assertThat(now.national()).isEqualTo(17);
		assertThat(now.comparable(before)).isEqualTo(21);
		assertThat(now.changeSince(before)).isEqualTo(4);
	}

	@Test
	void hasNoNationalRankForAPlaceAmongTheValuesHeld() {
		IndexRanks ranks = new IndexRanks(1, RankKind.WITHIN_DATA_HELD, 1, null);
		assertThat(ranks.national()).isNull();
		assertThat(ranks.nationalOrigin()).isNull();
		assertThat(ranks.changeSince(ranks)).isNull();
	}

	@Test
	void comparesComputedNationalRanks() {
		IndexRanks before = new IndexRanks(10, RankKind.NATIONAL, 10, null);
		IndexRanks now = new IndexRanks(3, RankKind.NATIONAL, 3, null);
		assertThat(now.changeSince(before)).isEqualTo(7);
	}

	@Test
	void neverComparesAPublishedRankWithAComputedOne() {
		IndexRanks before = new IndexRanks(10, RankKind.NATIONAL, 10, null);
		IndexRanks now = new IndexRanks(3, RankKind.NATIONAL, 3, PublishedRank.national(5));
		assertThat(now.nationalOrigin()).isEqualTo(Origin.PUBLISHED);
		assertThat(now.changeSince(before)).isNull();
		assertThat(before.changeSince(now)).isNull();
	}

	@Test
	void neverCallsARankWithinAProvinceNational() {
		IndexRanks ranks = new IndexRanks(null, null, 1,
				new PublishedRank(4, new RankScope(RankScope.Kind.PROVINCE, "Sulawesi Utara")));
		assertThat(ranks.national()).isNull();
	}

	@Test
	void refusesARankWithoutItsKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IndexRanks(1, null, 1, null));
	}

}
