package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;

class IndexComputationTests {

	/**
	 * Two education and two health services at regency/city level, one education service
	 * at province level.
	 */
	static final List<ServiceType> TYPES = Stream
		.of(type(SectorCode.EDUCATION, 1), type(SectorCode.EDUCATION, 2), type(SectorCode.HEALTH, 1),
				type(SectorCode.HEALTH, 2),
				new ServiceType("EDU-P-1", SectorCode.EDUCATION, GovernmentLevel.PROVINCE, 1, "x", "x", "x",
						Verification.VERIFIED_SINGLE))
		.toList();

	/** Three cities and one regency make a complete ranking. */
	static final Map<RegionLevel, Long> REGIONS = Map.of(RegionLevel.PROVINCE, 1L, RegionLevel.REGENCY, 1L,
			RegionLevel.CITY, 3L);

	static final Provenance IMPORTED = new Provenance(Verification.VERIFIED_SINGLE,
			List.of(URI.create("https://example.org/spm-2024.xlsx")), null);

	private final IndexComputation computation = new IndexComputation(Methodologies.PROVISIONAL, TYPES, REGIONS,
			BigDecimal.ONE);

	@Test
	void averagesServicesIntoSectorsAndSectorsIntoTheOverallIndex() {
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 100, 100, "100"),
						achievement("36.71", "EDU-K-2", 200, 150, "90"), achievement("36.71", "HEA-K-1", 100, 50, "50"),
						achievement("36.71", "HEA-K-2", 0, 0, "0")),
				List.of());
		// education: mean(100, 78) = 89; health: 50 (HEA-K-2 does not apply); overall:
		// mean(89, 50) = 69.5
		assertThat(values).extracting((value) -> value.sector() + " " + value.value() + " " + value.achievementLevel())
			.containsExactly("null 69.50 TUNTAS_MUDA", "EDUCATION 89.00 TUNTAS_MADYA", "HEALTH 50.00 BELUM_TUNTAS");
		assertThat(values).allSatisfy((value) -> {
			assertThat(value.origin()).isEqualTo(Origin.COMPUTED);
			assertThat(value.provenance().verification()).isEqualTo(Verification.COMPUTED);
			assertThat(value.provenance().sources()).containsExactly(URI.create("https://example.org/spm-2024.xlsx"));
		});
	}

	@Test
	void computesTheOverallIndexFromUnroundedSectorIndexes() {
		// education 10.0045 (shown 10.00), health 10.006 (shown 10.01): overall 10.00525
		// shows as 10.01,
		// rounded sectors would give 10.005 -> 10.01 as well, so check the stored sector
		// values too
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 40000, 5003, "0"),
						achievement("36.71", "EDU-K-2", 80000, 10003, "0"),
						achievement("36.71", "HEA-K-1", 40000, 5003, "0")),
				List.of());
		assertThat(values).extracting((value) -> value.sector() + " " + value.value())
			.containsExactly("null 10.01", "EDUCATION 10.00", "HEALTH 10.01");
	}

	@Test
	void letsAPublishedValueTakePrecedenceAndSaysSo() {
		PublishedIndexValue published = new PublishedIndexValue(2024, RegionCode.of("36.71"), null, Score.of("99.95"),
				IndexStatus.FINAL, null, null, IMPORTED);
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 100, 50, "50")), List.of(published));
		IndexValue overall = values.stream().filter((value) -> value.sector() == null).findFirst().orElseThrow();
		assertThat(overall.value()).isEqualTo(Score.of("99.95"));
		assertThat(overall.origin()).isEqualTo(Origin.PUBLISHED);
		assertThat(overall.provenance()).isEqualTo(IMPORTED);
		assertThat(overall.achievementLevel()).isEqualTo("TUNTAS_UTAMA");
		assertThat(overall.achievementLevelOrigin()).isEqualTo(Origin.COMPUTED);
		assertThat(overall.completeness()).isNull();
	}

	@Test
	void keepsAPublishedLevelAsPublished() {
		PublishedIndexValue published = new PublishedIndexValue(2024, RegionCode.of("36.71"), null, Score.of("97.89"),
				IndexStatus.FINAL, PublishedRank.national(17), "TUNTAS_UTAMA", IMPORTED);
		IndexValue value = this.computation.compute(2024, List.of(), List.of(published)).get(0);
		assertThat(value.achievementLevelOrigin()).isEqualTo(Origin.PUBLISHED);
		assertThat(value.ranks().published()).isEqualTo(PublishedRank.national(17));
		assertThat(value.ranks().national()).isEqualTo(17);
		assertThat(value.ranks().nationalOrigin()).isEqualTo(Origin.PUBLISHED);
	}

	@Test
	void countsTheServicesAComputedIndexUsesOfThoseTheRegionOwes() {
		// HEA-K-2 does not apply (target 0), EDU-K-2 was not reported: education uses 1
		// of
		// 2, health 1 of 1, overall 2 of 3
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 100, 100, "100"),
						achievement("36.71", "HEA-K-1", 100, 50, "50"), achievement("36.71", "HEA-K-2", 0, 0, "0")),
				List.of());
		assertThat(values).extracting((value) -> value.sector() + " " + value.completeness())
			.containsExactlyInAnyOrder("null Completeness[servicesUsed=2, servicesOwed=3]",
					"EDUCATION Completeness[servicesUsed=1, servicesOwed=2]",
					"HEALTH Completeness[servicesUsed=1, servicesOwed=1]");
	}

	@Test
	void leavesAnIncompleteComputedValueOutOfTheRanking() {
		List<IndexValue> values = this.computation
			.compute(2024, List.of(achievement("36.71", "EDU-K-1", 100, 100, "100"),
					achievement("36.74", "EDU-K-1", 100, 90, "100"), achievement("36.74", "EDU-K-2", 100, 90, "100"),
					achievement("36.74", "HEA-K-1", 100, 90, "100"), achievement("36.74", "HEA-K-2", 100, 90, "100")),
					List.of());
		// 36.71 has 1 of 4 services: it has an index but no rank; 36.74 ranks 1 among the
		// values held, not nationally (one of three cities)
		assertThat(values).filteredOn((value) -> value.sector() == null)
			.extracting((value) -> value.region() + " " + value.rank() + " " + value.ranks().kind() + " "
					+ value.ranks().national())
			.containsExactly("36.74 1 WITHIN_DATA_HELD null", "36.71 null null null");
	}

	@Test
	void ranksAValueComputedFromEnoughOfItsServicesWhenTheMinimumIsLower() {
		IndexComputation lenient = new IndexComputation(Methodologies.PROVISIONAL, TYPES, REGIONS,
				new BigDecimal("0.25"));
		List<IndexValue> values = lenient.compute(2024, List.of(achievement("36.71", "EDU-K-1", 100, 100, "100")),
				List.of());
		assertThat(values).filteredOn((value) -> value.sector() == null)
			.extracting(IndexValue::rank)
			.containsExactly(1);
	}

	@Test
	void callsAComputedRankNationalOnlyWhenEveryRegionOfTheCategoryIsRanked() {
		List<ServiceAchievement> complete = Stream.of("36.71", "36.72", "36.74")
			.flatMap((city) -> Stream.of("EDU-K-1", "EDU-K-2", "HEA-K-1", "HEA-K-2")
				.map((type) -> achievement(city, type, 100, city.equals("36.72") ? 100 : 90, "100")))
			.toList();
		List<IndexValue> values = this.computation.compute(2024, complete, List.of());
		assertThat(values).filteredOn((value) -> value.sector() == null)
			.extracting((value) -> value.region() + " " + value.rank() + " " + value.ranks().kind() + " "
					+ value.ranks().national() + " " + value.ranks().nationalOrigin())
			.containsExactly("36.72 1 NATIONAL 1 COMPUTED", "36.71 2 NATIONAL 2 COMPUTED",
					"36.74 2 NATIONAL 2 COMPUTED");
	}

	@Test
	void neverCallsARankingOfPublishedAndComputedValuesNational() {
		// every city has a value, 36.71's published with its national rank 17 (as
		// Maluku's
		// province value is): the ranking mixes two methods, so no computed rank is
		// national and 36.71's national rank stays the published one
		List<ServiceAchievement> computed = Stream.of("36.72", "36.74")
			.flatMap((city) -> Stream.of("EDU-K-1", "EDU-K-2", "HEA-K-1", "HEA-K-2")
				.map((type) -> achievement(city, type, 100, 90, "100")))
			.toList();
		PublishedIndexValue published = new PublishedIndexValue(2024, RegionCode.of("36.71"), null, Score.of("97.89"),
				IndexStatus.FINAL, PublishedRank.national(17), null, IMPORTED);
		List<IndexValue> values = this.computation.compute(2024, computed, List.of(published));
		assertThat(values).filteredOn((value) -> value.sector() == null)
			.extracting((value) -> value.region() + " " + value.rank() + " " + value.ranks().kind() + " "
					+ value.ranks().national() + " " + value.ranks().nationalOrigin())
			.containsExactly("36.71 1 MIXED_METHODS 17 PUBLISHED", "36.72 2 MIXED_METHODS null null",
					"36.74 2 MIXED_METHODS null null");
	}

	@Test
	void neverCallsARankNationalThatDiffersFromThePublishedNationalRank() {
		// every city published, two tied at 100 but published as 1st and 2nd: ranked by
		// value the second ties for 1st, which contradicts its published 2nd
		List<PublishedIndexValue> published = List.of(publishedRank("36.71", "100", 1),
				publishedRank("36.72", "100", 2), publishedRank("36.74", "90", 3));
		List<IndexValue> values = this.computation.compute(2024, List.of(), published);
		assertThat(values)
			.extracting((value) -> value.region() + " " + value.rank() + " " + value.ranks().kind() + " "
					+ value.ranks().national())
			.containsExactly("36.71 1 MIXED_METHODS 1", "36.72 1 MIXED_METHODS 2", "36.74 3 MIXED_METHODS 3");
	}

	@Test
	void callsACompleteRankingOfPublishedValuesNationalWhenItAgreesWithThePublishedRanks() {
		List<PublishedIndexValue> published = List.of(publishedRank("36.71", "100", 1), publishedRank("36.72", "95", 2),
				publishedRank("36.74", "90", 3));
		assertThat(this.computation.compute(2024, List.of(), published))
			.extracting((value) -> value.rank() + " " + value.ranks().kind() + " " + value.ranks().national())
			.containsExactly("1 NATIONAL 1", "2 NATIONAL 2", "3 NATIONAL 3");
	}

	@Test
	void ranksAPreliminaryValueOnlyWithThePreliminaryValues() {
		PublishedIndexValue preliminary = new PublishedIndexValue(2024, RegionCode.of("36.72"), null, Score.of("99.00"),
				IndexStatus.PRELIMINARY, null, null, IMPORTED);
		PublishedIndexValue finalValue = new PublishedIndexValue(2024, RegionCode.of("36.71"), null, Score.of("90.00"),
				IndexStatus.FINAL, null, null, IMPORTED);
		List<IndexValue> values = this.computation.compute(2024, List.of(), List.of(preliminary, finalValue));
		assertThat(values)
			.extracting((value) -> value.region() + " " + value.status() + " " + value.rank() + " "
					+ value.ranks().withPreliminary())
			.containsExactly("36.72 PRELIMINARY null 1", "36.71 FINAL 1 2");
	}

	@Test
	void ranksWithinEachLevelAndField() {
		IndexComputation anyCompleteness = new IndexComputation(Methodologies.PROVISIONAL, TYPES, REGIONS,
				BigDecimal.ZERO);
		List<IndexValue> values = anyCompleteness.compute(2024, List.of(achievement("36.71", "EDU-K-1", 100, 90, "100"),
				achievement("36.74", "EDU-K-1", 100, 90, "100"), achievement("36.72", "EDU-K-1", 100, 100, "100"),
				achievement("36.03", "EDU-K-1", 100, 10, "0")), List.of());
		assertThat(values).filteredOn((value) -> value.sector() == null)
			.extracting((value) -> value.category() + " " + value.rank() + " " + value.region())
			.containsExactly("REGENCY 1 36.03", "CITY 1 36.72", "CITY 2 36.71", "CITY 2 36.74");
	}

	@Test
	void marksAValueComputedFromSyntheticDataAsSynthetic() {
		ServiceAchievement synthetic = new ServiceAchievement(RegionCode.of("36.71"), 2024, "EDU-K-1", 100L, 90L,
				BigDecimal.TEN, Provenance.synthetic("demo"));
		assertThat(this.computation.compute(2024, List.of(synthetic), List.of()))
			.allSatisfy((value) -> assertThat(value.provenance().verification()).isEqualTo(Verification.SYNTHETIC));
	}

	static PublishedIndexValue publishedRank(String region, String value, int rank) {
		return new PublishedIndexValue(2024, RegionCode.of(region), null, Score.of(value), IndexStatus.FINAL,
				PublishedRank.national(rank), null, IMPORTED);
	}

	static ServiceType type(SectorCode sector, int ordinal) {
		return new ServiceType(sector.serviceTypePrefix() + "-K-" + ordinal, sector, GovernmentLevel.REGENCY_CITY,
				ordinal, "x", "x", "x", Verification.VERIFIED_SINGLE);
	}

	static ServiceAchievement achievement(String region, String type, long target, long served, String quality) {
		return new ServiceAchievement(RegionCode.of(region), 2024, type, target, served, new BigDecimal(quality),
				IMPORTED);
	}

}
