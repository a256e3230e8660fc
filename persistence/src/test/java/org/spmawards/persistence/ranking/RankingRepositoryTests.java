package org.spmawards.persistence.ranking;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.ranking.RankScope;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reads the rankings of the curated data, which the service ranks when it starts: every
 * one is partial.
 */
@SpringBootTest
@WithTestDatabase
class RankingRepositoryTests {

	@Autowired
	RankingRepository rankings;

	@Autowired
	IndexRepository index;

	@Test
	void ranksMalukuAsTheOnlyProvinceWithA2024ValueAndComparesItsPublishedRanks() {
		StepVerifier.create(this.rankings.findRanking(Ranking.of(2024, RegionLevel.PROVINCE, null), 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.coverage().regionsWithValue()).isEqualTo(1);
				assertThat(ranking.coverage().regionsInCategory()).isEqualTo(38);
				assertThat(ranking.coverage().rankKind()).isEqualTo(RankKind.WITHIN_DATA_HELD);
				RankingRow maluku = ranking.page().items().get(0);
				assertThat(maluku.value().region()).isEqualTo(RegionCode.of("81"));
				assertThat(maluku.value().value().value()).isEqualByComparingTo("97.89");
				assertThat(maluku.rank()).isEqualTo(1);
				assertThat(maluku.rankKind()).isEqualTo(RankKind.WITHIN_DATA_HELD);
				assertThat(maluku.value().ranks().published()).isEqualTo(PublishedRank.national(17));
				assertThat(maluku.value().ranks().national()).isEqualTo(17);
				assertThat(maluku.value().origin()).isEqualTo(Origin.PUBLISHED);
				// 21st of the provinces for fiscal year 2023, 17th for 2024: up 4
				assertThat(maluku.previousNationalRank()).isEqualTo(21);
				assertThat(maluku.nationalRankChange()).isEqualTo(4);
			})
			.verifyComplete();
	}

	@Test
	void leavesAPreliminaryValueOutOfTheNationalRankingAndCountsIt() {
		// Kotamobagu's 86.43 for 2022 is preliminary and 4th within Sulawesi Utara only
		StepVerifier.create(this.rankings.findRanking(Ranking.of(2022, RegionLevel.CITY, null), 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items()).isEmpty();
				assertThat(ranking.coverage().regionsWithValue()).isZero();
				assertThat(ranking.coverage().preliminaryLeftOut()).isEqualTo(1);
			})
			.verifyComplete();
		StepVerifier
			.create(this.rankings.findRanking(new Ranking(2022, RegionLevel.CITY, null, null, true), 0, 20)
				.map((ranking) -> ranking.page().items().get(0)))
			.assertNext((kotamobagu) -> {
				assertThat(kotamobagu.value().region()).isEqualTo(RegionCode.of("71.74"));
				assertThat(kotamobagu.value().status()).isEqualTo(IndexStatus.PRELIMINARY);
				assertThat(kotamobagu.rank()).isEqualTo(1);
				assertThat(kotamobagu.rankKind()).isEqualTo(RankKind.WITHIN_DATA_HELD);
				assertThat(kotamobagu.value().rank()).isNull();
				assertThat(kotamobagu.value().ranks().published())
					.isEqualTo(new PublishedRank(4, new RankScope(RankScope.Kind.PROVINCE, "Sulawesi Utara")));
				assertThat(kotamobagu.value().ranks().national()).isNull();
			})
			.verifyComplete();
	}

	@Test
	void ranksATieEquallyAndListsItByCodeWhileKeepingThePublishedRanks() {
		StepVerifier.create(this.rankings.findRanking(Ranking.of(2021, RegionLevel.PROVINCE, null), 0, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items()).extracting(
						(row) -> row.value().region().value() + " " + row.rank() + " " + row.value().ranks().national())
					.containsExactly("33 1 1", "73 1 2");
			})
			.verifyComplete();
	}

	@Test
	void filtersByProvinceAndKeepsTheNationalRank() {
		StepVerifier
			.create(this.rankings.findRanking(new Ranking(2024, RegionLevel.CITY, null, RegionCode.of("36"), false), 0,
					20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items()).extracting((row) -> row.value().region().value() + " " + row.rank())
					.containsExactly("36.71 1");
				assertThat(ranking.coverage().regionsInCategory()).isEqualTo(4);
			})
			.verifyComplete();
	}

	@Test
	void reportsCoverageForAPagePastTheEnd() {
		StepVerifier.create(this.rankings.findRanking(Ranking.of(2024, RegionLevel.CITY, null), 50, 20))
			.assertNext((ranking) -> {
				assertThat(ranking.page().items()).isEmpty();
				assertThat(ranking.page().totalCount()).isEqualTo(2);
				assertThat(ranking.coverage().regionsWithValue()).isEqualTo(2);
				assertThat(ranking.coverage().regionsInCategory()).isEqualTo(98);
			})
			.verifyComplete();
	}

	@Test
	void ranksWithinAField() {
		StepVerifier
			.create(this.rankings.findRanking(Ranking.of(2024, RegionLevel.PROVINCE, SectorCode.HEALTH), 0, 20)
				.map((ranking) -> ranking.page().items().get(0).value()))
			.assertNext((value) -> {
				assertThat(value.sector()).isEqualTo(SectorCode.HEALTH);
				assertThat(value.value().value()).isEqualByComparingTo("100");
				assertThat(value.achievementLevel()).isEqualTo("TUNTAS_PARIPURNA");
			})
			.verifyComplete();
	}

	@Test
	void readsAPageWithoutItsCoverageAsItReadsItWithIt() {
		List<Ranking> rankings = List.of(Ranking.of(2024, RegionLevel.PROVINCE, null),
				Ranking.of(2024, RegionLevel.PROVINCE, SectorCode.HEALTH), Ranking.of(2021, RegionLevel.PROVINCE, null),
				new Ranking(2024, RegionLevel.CITY, null, RegionCode.of("36"), false));
		for (Ranking ranking : rankings) {
			List<RankingRow> counted = this.rankings.findRanking(ranking, 0, 20)
				.map((read) -> read.page().items())
				.block();
			assertThat(counted).as("%s", ranking).isNotEmpty();
			StepVerifier.create(this.rankings.findEntries(ranking, 0, 20, true, false).collectList())
				.assertNext((entries) -> assertThat(entries).isEqualTo(counted))
				.verifyComplete();
		}
	}

	@Test
	void readsTheRanksOfTheYearBeforeOnlyWhenAsked() {
		Ranking provinces = Ranking.of(2024, RegionLevel.PROVINCE, null);
		StepVerifier.create(this.rankings.findEntries(provinces, 0, 20, false, false)).assertNext((maluku) -> {
			assertThat(maluku.value().region()).isEqualTo(RegionCode.of("81"));
			assertThat(maluku.rankKind()).isEqualTo(RankKind.WITHIN_DATA_HELD);
			assertThat(maluku.previous()).isNull();
		}).verifyComplete();
		StepVerifier.create(this.rankings.findEntries(provinces, 0, 20, true, false))
			.assertNext((maluku) -> assertThat(maluku.previousNationalRank()).isEqualTo(21))
			.verifyComplete();
	}

	@Test
	void readsThePagesSectorFiguresInTheSameStatementAsTheyAreReadApart() {
		List<Ranking> rankings = List.of(Ranking.of(2024, RegionLevel.PROVINCE, null),
				Ranking.of(2024, RegionLevel.PROVINCE, SectorCode.HEALTH), Ranking.of(2024, RegionLevel.CITY, null),
				Ranking.of(2021, RegionLevel.PROVINCE, null));
		for (Ranking ranking : rankings) {
			List<RankingRow> withFigures = this.rankings.findEntries(ranking, 0, 20, true, true).collectList().block();
			assertThat(withFigures).as("%s", ranking).isNotEmpty();
			// the entries themselves are those read without their figures
			assertThat(withFigures)
				.map((row) -> new RankingRow(row.value(), row.rank(), row.rankKind(), row.previous()))
				.isEqualTo(this.rankings.findEntries(ranking, 0, 20, true, false).collectList().block());
			List<RegionCode> regions = withFigures.stream().map((row) -> row.value().region()).toList();
			List<String> apart = this.index.findSectorFiguresByRegions(regions, ranking.fiscalYear())
				.map(RankingRepositoryTests::figure)
				.collectList()
				.block();
			assertThat(withFigures).flatMap(RankingRow::sectorFigures)
				.map(RankingRepositoryTests::figure)
				.as("%s", ranking)
				.isEqualTo(apart);
		}
		// Maluku's three fields of 2024, in the regulation's order
		StepVerifier.create(this.rankings.findEntries(Ranking.of(2024, RegionLevel.PROVINCE, null), 0, 20, false, true))
			.assertNext((maluku) -> assertThat(maluku.sectorFigures()).map(RankingRepositoryTests::figure)
				.containsExactly("81 2024 EDUCATION 100.00", "81 2024 HEALTH 100.00", "81 2024 PUBLIC_WORKS 100.00"))
			.verifyComplete();
	}

	@Test
	void readsAPageAsFiguresAsItReadsTheWholeValues() {
		List<Ranking> rankings = List.of(Ranking.of(2024, RegionLevel.PROVINCE, null),
				Ranking.of(2024, RegionLevel.PROVINCE, SectorCode.HEALTH), Ranking.of(2024, RegionLevel.CITY, null),
				new Ranking(2024, RegionLevel.CITY, null, RegionCode.of("36"), false));
		for (Ranking ranking : rankings) {
			List<RankingRow> whole = this.rankings.findEntries(ranking, 0, 20, false, true).collectList().block();
			assertThat(whole).as("%s", ranking).isNotEmpty();
			List<RankedFigure> figures = this.rankings.findFigures(ranking, 0, 20, true).collectList().block();
			assertThat(figures).map((entry) -> figure(entry.figure()) + " " + entry.rank() + " " + entry.rankKind())
				.as("%s", ranking)
				.isEqualTo(whole.stream()
					.map((row) -> figure(row.value()) + " " + row.rank() + " " + row.rankKind())
					.toList());
			assertThat(figures)
				.map((entry) -> entry.sectorFigures().stream().map(RankingRepositoryTests::figure).toList())
				.isEqualTo(whole.stream()
					.map((row) -> row.sectorFigures().stream().map(RankingRepositoryTests::figure).toList())
					.toList());
		}
		// Maluku, 97.89 in 2024, first of the one province held, without its field
		// figures
		StepVerifier.create(this.rankings.findFigures(Ranking.of(2024, RegionLevel.PROVINCE, null), 0, 20, false))
			.assertNext((maluku) -> {
				assertThat(figure(maluku.figure())).isEqualTo("81 2024 null 97.89");
				assertThat(maluku.rank()).isEqualTo(1);
				assertThat(maluku.rankKind()).isEqualTo(RankKind.WITHIN_DATA_HELD);
				assertThat(maluku.sectorFigures()).isNull();
			})
			.verifyComplete();
	}

	private static String figure(IndexFigure figure) {
		return figure.region() + " " + figure.fiscalYear() + " " + figure.sector() + " " + figure.value().value();
	}

	@Test
	void readsNoEntriesPastTheEndWithoutTheCoverage() {
		StepVerifier.create(this.rankings.findEntries(Ranking.of(2024, RegionLevel.CITY, null), 50, 20, true, false))
			.verifyComplete();
	}

	@Test
	void readsARankingWithPreliminaryValuesOnlyWithItsCoverage() {
		Ranking withPreliminary = new Ranking(2022, RegionLevel.CITY, null, null, true);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rankings.findEntries(withPreliminary, 0, 20, false, false));
	}

}
