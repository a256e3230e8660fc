package org.spmawards.api.index;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * Index queries over the curated data, which publishes values but no service
 * achievements.
 */
@GraphQlApiTest
class IndexQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void drawsARegionsIndexTrend() {
		this.graphQl.document("{ region(code: \"81\") { indexes { fiscalYear sector { code } value rank } } }")
			.execute()
			.path("region.indexes[*].fiscalYear")
			.entityList(Integer.class)
			.containsExactly(2023, 2024, 2024, 2024, 2024)
			.path("region.indexes[*].value")
			.entityList(Double.class)
			.containsExactly(80.25, 97.89, 100.0, 100.0, 100.0);
	}

	@Test
	void narrowsTheTrendToASpanOfYears() {
		this.graphQl
			.document("{ region(code: \"81\") { indexes(fromFiscalYear: 2023, toFiscalYear: 2023) { value } } }")
			.execute()
			.path("region.indexes[*].value")
			.entityList(Double.class)
			.containsExactly(80.25);
	}

	@Test
	void listsEveryServiceTypeOfAFieldWithUnknownFiguresAsNull() {
		var response = this.graphQl.document(
				"{ sectorDetail(regionCode: \"36.71\", edition: 2025, sector: HEALTH) { region { name } fiscalYear"
						+ " index achievementLevel { code } provenance { sources }"
						+ " services { serviceType { code } target served quality achievement applicable provenance { note } } } }")
			.execute();
		response.path("sectorDetail.region.name").entity(String.class).isEqualTo("Kota Tangerang");
		response.path("sectorDetail.fiscalYear").entity(Integer.class).isEqualTo(2024);
		response.path("sectorDetail.index").valueIsNull();
		response.path("sectorDetail.provenance").valueIsNull();
		response.path("sectorDetail.services[*].serviceType.code")
			.entityList(String.class)
			.containsExactly("HEA-K-1", "HEA-K-2", "HEA-K-3", "HEA-K-4", "HEA-K-5", "HEA-K-6", "HEA-K-7", "HEA-K-8",
					"HEA-K-9", "HEA-K-10", "HEA-K-11", "HEA-K-12");
		response.path("sectorDetail.services[*].target")
			.entityList(Object.class)
			.satisfies((targets) -> assertThat(targets).hasSize(12).containsOnlyNulls());
		response.path("sectorDetail.services[*].achievement")
			.entityList(Object.class)
			.satisfies((achievements) -> assertThat(achievements).hasSize(12).containsOnlyNulls());
	}

	@Test
	void showsAPublishedFieldIndexOfAProvinceWithItsProvinceLevelServices() {
		this.graphQl
			.document("{ sectorDetail(regionCode: \"81\", edition: 2025, sector: EDUCATION) { index rank origin"
					+ " achievementLevel { code } services { serviceType { code level } } } }")
			.execute()
			.path("sectorDetail.index")
			.entity(Double.class)
			.isEqualTo(100.0)
			.path("sectorDetail.origin")
			.entity(String.class)
			.isEqualTo("PUBLISHED")
			.path("sectorDetail.achievementLevel.code")
			.entity(String.class)
			.isEqualTo("TUNTAS_PARIPURNA")
			.path("sectorDetail.services[*].serviceType.code")
			.entityList(String.class)
			.containsExactly("EDU-P-1", "EDU-P-2");
	}

	@Test
	void answersNullForTheDetailOfAnUnknownRegion() {
		this.graphQl.document("{ sectorDetail(regionCode: \"36.98\", edition: 2025, sector: HEALTH) { index } }")
			.execute()
			.path("sectorDetail")
			.valueIsNull();
	}

	@Test
	void rejectsAMalformedRegionCodeInADetail() {
		expectError(
				this.graphQl.document("{ sectorDetail(regionCode: \"3671\", edition: 2025, sector: HEALTH) { index } }")
					.execute(),
				ErrorType.BAD_REQUEST, Map.of("argument", "regionCode"));
	}

	@Test
	void summarisesARankingWithEveryLevelCountedAsSectorStatisticsDid() {
		// the 2022 edition assesses fiscal year 2021: Jawa Tengah and Sulawesi Selatan,
		// both
		// at 100
		var response = this.graphQl
			.document("{ all: statistics(of: INDEX_VALUES, filter: {indexValues: {fiscalYear: {equalTo: 2021},"
					+ " level: {equalTo: PROVINCE}, sector: {isNull: true}}}) { count min max mean median }"
					+ " byLevel: statistics(of: INDEX_VALUES, groupBy: [ACHIEVEMENT_LEVEL], includeEmptyGroups: true,"
					+ " filter: {indexValues: {fiscalYear: {equalTo: 2021}, level: {equalTo: PROVINCE},"
					+ " sector: {isNull: true}}}) { key { achievementLevel { code } } count } }")
			.execute();
		response.path("all[0].count").entity(Integer.class).isEqualTo(2);
		response.path("all[0].mean").entity(Double.class).isEqualTo(100.0);
		response.path("all[0].median").entity(Double.class).isEqualTo(100.0);
		response.path("byLevel[*].key.achievementLevel.code")
			.entityList(String.class)
			.containsExactly("TUNTAS_PARIPURNA", "TUNTAS_UTAMA", "TUNTAS_MADYA", "TUNTAS_PRATAMA", "TUNTAS_MUDA",
					"BELUM_TUNTAS");
		response.path("byLevel[*].count").entityList(Integer.class).containsExactly(2, 0, 0, 0, 0, 0);
	}

	@Test
	void comparesRegionsSideBySide() {
		var response = this.graphQl
			.document("{ comparison(regionCodes: [\"81\", \"33\"], edition: 2025) { fiscalYear"
					+ " regions { code } rows { sector { code } values { value } } } }")
			.execute();
		response.path("comparison.regions[*].code").entityList(String.class).containsExactly("81", "33");
		response.path("comparison.rows").entityList(Object.class).hasSize(7);
		response.path("comparison.rows[0].sector").valueIsNull();
		response.path("comparison.rows[0].values[0].value").entity(Double.class).isEqualTo(97.89);
		response.path("comparison.rows[0].values[1]").valueIsNull();
		response.path("comparison.rows[1].sector.code").entity(String.class).isEqualTo("EDUCATION");
	}

	@Test
	void refusesToCompareMoreThanTenRegions() {
		expectError(this.graphQl
			.document(
					"{ comparison(regionCodes: [\"11\", \"12\", \"13\", \"14\", \"15\", \"16\", \"17\", \"18\", \"19\","
							+ " \"21\", \"31\"], edition: 2025) { fiscalYear } }")
			.execute(), ErrorType.BAD_REQUEST, "Argument 'regionCodes' takes 1 to 10 regions, but 11 were given");
	}

	@Test
	void namesARegionToCompareThatDoesNotExist() {
		expectError(
				this.graphQl.document("{ comparison(regionCodes: [\"81\", \"36.98\"], edition: 2025) { fiscalYear } }")
					.execute(),
				ErrorType.NOT_FOUND, "Argument 'regionCodes': no region has the code 36.98");
	}

	@Test
	void explainsTheMethodologyAndWhatOfItIsProvisional() {
		var response = this.graphQl
			.document("{ methodology(edition: 2025) { code recipientsWeight qualityWeight"
					+ " formula provisional verified unverified achievementLevels { code minInclusive maxExclusive }"
					+ " provenance { verification } } }")
			.execute();
		response.path("methodology.recipientsWeight").entity(Double.class).isEqualTo(0.8);
		response.path("methodology.qualityWeight").entity(Double.class).isEqualTo(0.2);
		response.path("methodology.provisional").entity(Boolean.class).isEqualTo(true);
		response.path("methodology.verified")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("education"));
		response.path("methodology.achievementLevels[0].code").entity(String.class).isEqualTo("TUNTAS_PARIPURNA");
		response.path("methodology.achievementLevels[0].maxExclusive").valueIsNull();
		response.path("methodology.provenance.verification").entity(String.class).isEqualTo("PROVISIONAL");
	}

	@Test
	void listsThePublishedNationalMeansWithTheirSources() {
		this.graphQl.document("{ nationalAverages { fiscalYear governmentLevel value provenance { sources note } } }")
			.execute()
			.path("nationalAverages[*].fiscalYear")
			.entityList(Integer.class)
			.containsExactly(2019, 2020, 2021, 2022, 2023, 2023, 2023)
			.path("nationalAverages[4].value")
			.entity(Double.class)
			.isEqualTo(83.29)
			.path("nationalAverages[1].provenance.note")
			.entity(String.class)
			.satisfies((note) -> assertThat(note).contains("66.05"));
		this.graphQl
			.document("{ nationalAverages(fromFiscalYear: 2023) { governmentLevel achievementLevel { code } } }")
			.execute()
			.path("nationalAverages[*].governmentLevel")
			.entityList(String.class)
			.containsExactly(null, "PROVINCE", "REGENCY_CITY")
			.path("nationalAverages[0].achievementLevel.code")
			.entity(String.class)
			.isEqualTo("TUNTAS_MADYA");
	}

}
