package org.spmawards.domain.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankKindTests {

	@Test
	void callsACompleteRankingOfOneOriginThatAgreesWithThePublishedRanksNational() {
		assertThat(RankKind.of(38, 38, 1, 0)).isEqualTo(RankKind.NATIONAL);
	}

	@Test
	void callsAPartialRankingOfOneOriginAPlaceWithinTheDataHeld() {
		// a partial ranking differs from the published ranks by nature: Maluku is 1st of
		// the one province held, 17th nationally
		assertThat(RankKind.of(1, 38, 1, 1)).isEqualTo(RankKind.WITHIN_DATA_HELD);
	}

	@Test
	void callsARankingOfPublishedAndComputedValuesMixedWhateverItsCoverage() {
		assertThat(RankKind.of(38, 38, 2, 0)).isEqualTo(RankKind.MIXED_METHODS);
		assertThat(RankKind.of(10, 38, 2, 0)).isEqualTo(RankKind.MIXED_METHODS);
	}

	@Test
	void neverCallsACompleteRankingThatContradictsAPublishedRankNational() {
		assertThat(RankKind.of(38, 38, 1, 1)).isEqualTo(RankKind.MIXED_METHODS);
	}

}
