package org.spmawards.api.query;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics are total functions: over the curated data, which has no achievements and
 * few index values, every selection has an answer.
 */
@GraphQlApiTest
class StatisticsQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void answersAnEmptySelectionWithACountOfZeroAndNoMeasures() {
		this.graphQl
			.document("{ statistics(of: ACHIEVEMENTS) { count mean median min max standardDeviation"
					+ " origins { published computed synthetic } } }")
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("statistics[0].mean")
			.valueIsNull()
			.path("statistics[0].median")
			.valueIsNull()
			.path("statistics[0].origins.published")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl
			.document("{ statistics(of: INDEX_VALUES, filter: {indexValues: {fiscalYear: {equalTo: 1999}}})"
					+ " { count mean } }")
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("statistics[0].mean")
			.valueIsNull();
	}

	@Test
	void answersAnEmptyGroupedSelectionWithNoGroupsOrWithEveryEmptyGroupWhenAsked() {
		String query = "{ statistics(of: INDEX_VALUES, groupBy: [ACHIEVEMENT_LEVEL]%s,"
				+ " filter: {indexValues: {fiscalYear: {equalTo: 1999}}}) { key { achievementLevel { code } } count } }";
		this.graphQl.document(query.formatted("")).execute().path("statistics").entityList(Object.class).hasSize(0);
		this.graphQl.document(query.formatted(", includeEmptyGroups: true"))
			.execute()
			.path("statistics[*].key.achievementLevel.code")
			.entityList(String.class)
			.containsExactly("TUNTAS_PARIPURNA", "TUNTAS_UTAMA", "TUNTAS_MADYA", "TUNTAS_PRATAMA", "TUNTAS_MUDA",
					"BELUM_TUNTAS")
			.path("statistics[*].count")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsOnly(0));
	}

	@Test
	void countsEveryLevelWithNoSilentHolesAndSaysWhereTheValuesComeFrom() {
		// the published overall values of 2024: Maluku, Kota Tangerang, Kota Surabaya
		this.graphQl
			.document("{ statistics(of: INDEX_VALUES, groupBy: [LEVEL], includeEmptyGroups: true,"
					+ " filter: {indexValues: {fiscalYear: {equalTo: 2024}, sector: {isNull: true}}})"
					+ " { key { level } count mean origins { published computed synthetic } } }")
			.execute()
			.path("statistics[*].key.level")
			.entityList(String.class)
			.containsExactly("PROVINCE", "REGENCY", "CITY")
			.path("statistics[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 0, 2)
			.path("statistics[1].mean")
			.valueIsNull()
			.path("statistics[*].origins.published")
			.entityList(Integer.class)
			.containsExactly(1, 0, 2)
			.path("statistics[*].origins.computed")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsOnly(0));
	}

	@Test
	void leavesPreliminaryValuesOutUnlessAsked() {
		String query = "{ statistics(of: INDEX_VALUES%s, filter: {indexValues: {fiscalYear: {equalTo: 2022}}})"
				+ " { count mean } }";
		this.graphQl.document(query.formatted(""))
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl.document(query.formatted(", includePreliminary: true"))
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("statistics[0].mean")
			.entity(Double.class)
			.isEqualTo(86.43);
	}

	@Test
	void comparesAValueWithAnEarlierYear() {
		// Maluku: 80.25 and 21st for fiscal year 2023, 97.89 and 17th for 2024
		this.graphQl
			.document("{ indexValues(filter: {regionCode: {equalTo: \"81\"}, fiscalYear: {equalTo: 2024},"
					+ " sector: {isNull: true}}) { edges { node { value nationalRank change(fromFiscalYear: 2023)"
					+ " { fromFiscalYear fromValue difference fromNationalRank nationalRankChange }"
					+ " missing: change(fromFiscalYear: 2019) { difference } } } } }")
			.execute()
			.path("indexValues.edges[0].node.change.fromValue")
			.entity(Double.class)
			.isEqualTo(80.25)
			.path("indexValues.edges[0].node.change.difference")
			.entity(Double.class)
			.isEqualTo(17.64)
			.path("indexValues.edges[0].node.change.fromNationalRank")
			.entity(Integer.class)
			.isEqualTo(21)
			.path("indexValues.edges[0].node.change.nationalRankChange")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("indexValues.edges[0].node.missing")
			.valueIsNull();
	}

}
