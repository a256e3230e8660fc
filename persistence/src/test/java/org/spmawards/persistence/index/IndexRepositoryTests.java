package org.spmawards.persistence.index;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the index values of the curated data, which the service ranks when it starts.
 */
@SpringBootTest
@WithTestDatabase
class IndexRepositoryTests {

	@Autowired
	IndexRepository index;

	@Autowired
	DatabaseClient database;

	@Test
	void marksALevelDerivedFromTheCutOffsAsComputed() {
		StepVerifier.create(this.index.find(RegionCode.of("36.71"), 2024, null)).assertNext((tangerang) -> {
			assertThat(tangerang.origin()).isEqualTo(Origin.PUBLISHED);
			assertThat(tangerang.achievementLevel()).isEqualTo("TUNTAS_UTAMA");
			assertThat(tangerang.achievementLevelOrigin()).isEqualTo(Origin.COMPUTED);
		}).verifyComplete();
		StepVerifier.create(this.index.find(RegionCode.of("81"), 2024, null))
			.assertNext((maluku) -> assertThat(maluku.achievementLevelOrigin()).isEqualTo(Origin.PUBLISHED))
			.verifyComplete();
	}

	@Test
	void listsARegionsValuesOfAYearOverallFirst() {
		StepVerifier.create(this.index.findByRegions(List.of(RegionCode.of("81")), 2024).collectList())
			.assertNext((values) -> assertThat(values).extracting(IndexValue::sector)
				.containsExactly(null, SectorCode.EDUCATION, SectorCode.HEALTH, SectorCode.PUBLIC_WORKS))
			.verifyComplete();
	}

	@Test
	void listsManyRegionsByRegionThenOverallFirst() {
		StepVerifier
			.create(this.index.findByRegions(List.of(RegionCode.of("81"), RegionCode.of("36.71")), 2024)
				.map((value) -> value.region() + " " + value.sector()))
			.expectNext("36.71 null", "81 null", "81 EDUCATION", "81 HEALTH", "81 PUBLIC_WORKS")
			.verifyComplete();
	}

	@Test
	void listsARegionsSectorValuesWithoutItsOverallIndex() {
		StepVerifier
			.create(this.index.findSectorValuesByRegions(List.of(RegionCode.of("81")), 2024).map(IndexValue::sector))
			.expectNext(SectorCode.EDUCATION, SectorCode.HEALTH, SectorCode.PUBLIC_WORKS)
			.verifyComplete();
	}

	@Test
	void listsTheFiguresOfManyRegionsSectorValuesAsTheValuesThemselves() {
		List<RegionCode> regions = List.of(RegionCode.of("81"), RegionCode.of("36.71"), RegionCode.of("33"));
		List<String> values = this.index.findSectorValuesByRegions(regions, 2024)
			.map((value) -> value.region() + " " + value.fiscalYear() + " " + value.sector() + " "
					+ value.value().value())
			.collectList()
			.block();
		// Maluku's three fields of 2024, its health value 100
		assertThat(values).contains("81 2024 HEALTH 100.00").hasSizeGreaterThanOrEqualTo(3);
		StepVerifier
			.create(this.index.findSectorFiguresByRegions(regions, 2024)
				.map((figure) -> figure.region() + " " + figure.fiscalYear() + " " + figure.sector() + " "
						+ figure.value().value())
				.collectList())
			.expectNext(values)
			.verifyComplete();
	}

	@Test
	void sortsFieldsInTheOrderOfTheSectorTable() {
		// the repository sorts by SectorCode's order, which must be the regulation's
		StepVerifier
			.create(this.database.sql("select code from sector order by ordinal")
				.map((row) -> SectorCode.valueOf(row.get("code", String.class)))
				.all()
				.collectList())
			.expectNext(List.of(SectorCode.values()))
			.verifyComplete();
	}

	@Test
	void listsARegionsHistoryByYear() {
		StepVerifier
			.create(this.index.findHistory(List.of(RegionCode.of("81")), null, null)
				.filter((value) -> value.sector() == null)
				.map((value) -> value.fiscalYear() + " " + value.value()))
			.expectNext("2023 80.25", "2024 97.89")
			.verifyComplete();
		StepVerifier.create(this.index.findHistory(List.of(RegionCode.of("81")), 2024, 2024).count())
			.expectNext(4L)
			.verifyComplete();
	}

	@Test
	void listsTheFiguresOfARegionsHistoryAsTheValuesThemselves() {
		List<RegionCode> regions = List.of(RegionCode.of("81"), RegionCode.of("36.71"));
		List<String> values = this.index.findHistory(regions, null, null)
			.map((value) -> value.region() + " " + value.fiscalYear() + " " + value.sector() + " "
					+ value.value().value())
			.collectList()
			.block();
		// Maluku's overall index of 2023 and 2024, with its fields of 2024
		assertThat(values).containsSubsequence("81 2023 null 80.25", "81 2024 null 97.89", "81 2024 HEALTH 100.00");
		StepVerifier
			.create(this.index.findHistoryFigures(regions, null, null)
				.map((figure) -> figure.region() + " " + figure.fiscalYear() + " " + figure.sector() + " "
						+ figure.value().value())
				.collectList())
			.expectNext(values)
			.verifyComplete();
		StepVerifier.create(this.index.findHistoryFigures(List.of(RegionCode.of("81")), 2024, 2024).count())
			.expectNext(4L)
			.verifyComplete();
	}

}
