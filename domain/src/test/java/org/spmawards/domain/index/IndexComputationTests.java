package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;

import static org.assertj.core.api.Assertions.assertThat;

class IndexComputationTests {

	static final Map<String, SectorCode> SECTORS = Map.of("EDU-K-1", SectorCode.EDUCATION, "EDU-K-2",
			SectorCode.EDUCATION, "HEA-K-1", SectorCode.HEALTH, "HEA-K-2", SectorCode.HEALTH);

	static final Provenance IMPORTED = new Provenance(Verification.VERIFIED_SINGLE,
			List.of(URI.create("https://example.org/spm-2024.xlsx")), null);

	private final IndexComputation computation = new IndexComputation(Methodologies.PROVISIONAL, SECTORS);

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
			assertThat(value.origin()).isEqualTo(IndexOrigin.COMPUTED);
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
				null, null, IMPORTED);
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 100, 50, "50")), List.of(published));
		IndexValue overall = values.stream().filter((value) -> value.sector() == null).findFirst().orElseThrow();
		assertThat(overall.value()).isEqualTo(Score.of("99.95"));
		assertThat(overall.origin()).isEqualTo(IndexOrigin.PUBLISHED);
		assertThat(overall.provenance()).isEqualTo(IMPORTED);
		assertThat(overall.achievementLevel()).isEqualTo("TUNTAS_UTAMA");
	}

	@Test
	void ranksWithinEachLevelAndField() {
		List<IndexValue> values = this.computation.compute(2024,
				List.of(achievement("36.71", "EDU-K-1", 100, 90, "100"),
						achievement("36.74", "EDU-K-1", 100, 90, "100"),
						achievement("36.72", "EDU-K-1", 100, 100, "100"),
						achievement("36.03", "EDU-K-1", 100, 10, "0")),
				List.of());
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

	static ServiceAchievement achievement(String region, String type, long target, long served, String quality) {
		return new ServiceAchievement(RegionCode.of(region), 2024, type, target, served, new BigDecimal(quality),
				IMPORTED);
	}

}
