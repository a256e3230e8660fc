package org.spmawards.api.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.test.Achievements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * Journalists' questions over a few made-up (SYNTHETIC) achievements of fiscal year 2024
 * with known answers: <pre>
 * 32.01 Kabupaten Bogor    HEA-K-1 66, HEA-K-2 100, EDU-K-1 90 -> HEALTH 83, EDUCATION 90, overall 86.5
 * 32.04 Kabupaten Bandung  HEA-K-1 58, HEA-K-2 80              -> HEALTH 69, overall 69
 * 32.73 Kota Bandung       HEA-K-1 50                          -> HEALTH 50, overall 50
 * 33.01 Kabupaten Cilacap  HEA-K-1 8                           -> HEALTH 8, overall 8
 * </pre>
 */
@GraphQlApiTest
// the fixtures report a few services per region: rank and count them all the same
@TestPropertySource(properties = { "spm.test-database.name=journalist", "spm.index.minimum-completeness=0" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalistQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	void reportAchievements(@Autowired DatabaseClient database, @Autowired IndexRefresher refresher) {
		Achievements.of(2024)
			.report("32.01", "HEA-K-1", 100, 70, 50)
			.report("32.01", "HEA-K-2", 100, 100, 100)
			.report("32.01", "EDU-K-1", 100, 90, 90)
			.report("32.04", "HEA-K-1", 100, 60, 50)
			.report("32.04", "HEA-K-2", 100, 80, 80)
			.report("32.73", "HEA-K-1", 100, 50, 50)
			.report("33.01", "HEA-K-1", 100, 10, 0)
			.insertAndRefresh(database, refresher);
	}

	@Test
	void answersWhichRegenciesOfWestJavaFallBelow80InHealthAndOnWhichService() {
		var response = this.graphQl.documentName("westJavaHealth").execute();
		response.path("indexValues.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("indexValues.edges[0].node.region.name").entity(String.class).isEqualTo("Kabupaten Bandung");
		response.path("indexValues.edges[0].node.value").entity(Double.class).isEqualTo(69.0);
		response.path("achievements.edges[*].node.region.code")
			.entityList(String.class)
			.containsExactly("32.04", "32.01");
		response.path("achievements.edges[*].node.serviceType.code")
			.entityList(String.class)
			.containsExactly("HEA-K-1", "HEA-K-1");
		response.path("achievements.edges[*].node.achievement").entityList(Double.class).containsExactly(58.0, 66.0);
	}

	@Test
	void answersTheMeanIndexPerProvince() {
		this.graphQl.documentName("meanPerProvince")
			.execute()
			.path("statistics[*].key.province.code")
			.entityList(String.class)
			.containsExactly("32", "33", "35", "36")
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("statistics[0].mean")
			.entity(Double.class)
			.isEqualTo(68.5)
			.path("statistics[0].median")
			.entity(Double.class)
			.isEqualTo(69.0)
			.path("statistics[0].min")
			.entity(Double.class)
			.isEqualTo(50.0)
			.path("statistics[1].standardDeviation")
			.valueIsNull();
	}

	@Test
	void answersTheServiceTypeTheCountryDoesWorstOn() {
		this.graphQl.documentName("worstServiceType")
			.execute()
			.path("statistics[*].key.serviceType.code")
			.entityList(String.class)
			.containsExactly("HEA-K-1", "EDU-K-1", "HEA-K-2")
			.path("statistics[0].mean")
			.entity(Double.class)
			.isEqualTo(45.5)
			.path("statistics[0].key.serviceType.name")
			.entity(String.class)
			.isEqualTo("Antenatal care");
	}

	@Test
	void groupsAchievementsByEachDimension() {
		assertGroups("LEVEL", "key { level }", "CITY", "REGENCY");
		assertGroups("SECTOR", "key { sector { code } }", "EDUCATION", "HEALTH");
		assertGroups("FISCAL_YEAR", "key { fiscalYear }", "2024");
		assertGroups("PROVINCE", "key { province { code } }", "32", "33");
		assertGroups("SERVICE_TYPE", "key { serviceType { code } }", "EDU-K-1", "HEA-K-1", "HEA-K-2");
		assertGroups("ACHIEVEMENT_LEVEL", "key { achievementLevel { code } }", "BELUM_TUNTAS", "TUNTAS_MADYA",
				"TUNTAS_MUDA", "TUNTAS_PARIPURNA", "TUNTAS_UTAMA");
		this.graphQl
			.document("{ statistics(of: ACHIEVEMENTS, groupBy: [ACHIEVEMENT_LEVEL]) { key { achievementLevel { code } }"
					+ " count } }")
			.execute()
			.path("statistics[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 1, 1, 1, 1);
	}

	@Test
	void filtersOnTheFiguresOfAService() {
		this.graphQl
			.document("{ achievements(filter: {served: {greaterThanOrEqualTo: 90}, quality: {isNull: false},"
					+ " target: {in: [100]}}) { totalCount edges { node { region { code } serviceType { code } } } } }")
			.execute()
			.path("achievements.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
		this.graphQl
			.document("{ achievements(filter: {not: {or: [{sector: {equalTo: HEALTH}}, {served: {lessThan: 90}}]}})"
					+ " { edges { node { serviceType { code } achievement achievementLevel { code } } } } }")
			.execute()
			.path("achievements.edges[*].node.serviceType.code")
			.entityList(String.class)
			.containsExactly("EDU-K-1")
			.path("achievements.edges[0].node.achievementLevel.code")
			.entity(String.class)
			.isEqualTo("TUNTAS_UTAMA");
	}

	@Test
	void breaksTiesByYearRegionAndServiceType() {
		this.graphQl
			.document("{ achievements(orderBy: [TARGET_DESC]) { edges { node { region { code } serviceType { code }"
					+ " } } } }")
			.execute()
			.path("achievements.edges[*].node.serviceType.code")
			.entityList(String.class)
			.containsExactly("EDU-K-1", "HEA-K-1", "HEA-K-2", "HEA-K-1", "HEA-K-2", "HEA-K-1", "HEA-K-1");
	}

	@Test
	void pagesThroughFilteredRows() {
		var first = this.graphQl
			.document("{ achievements(filter: {sector: {equalTo: HEALTH}}, orderBy: [ACHIEVEMENT_DESC], first: 4) {"
					+ " totalCount pageInfo { hasNextPage endCursor } edges { node { achievement } } } }")
			.execute();
		first.path("achievements.totalCount").entity(Integer.class).isEqualTo(6);
		first.path("achievements.edges[*].node.achievement")
			.entityList(Double.class)
			.containsExactly(100.0, 80.0, 66.0, 58.0);
		String cursor = first.path("achievements.pageInfo.endCursor").entity(String.class).get();
		this.graphQl
			.document("query($after: String) { achievements(filter: {sector: {equalTo: HEALTH}},"
					+ " orderBy: [ACHIEVEMENT_DESC], first: 4, after: $after) { pageInfo { hasNextPage }"
					+ " edges { node { achievement } } } }")
			.variable("after", cursor)
			.execute()
			.path("achievements.edges[*].node.achievement")
			.entityList(Double.class)
			.containsExactly(50.0, 8.0)
			.path("achievements.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void refusesAFieldThatTheSubjectLacks() {
		expectError(
				this.graphQl.document("{ statistics(of: INDEX_VALUES, groupBy: [SERVICE_TYPE]) { count } }").execute(),
				ErrorType.BAD_REQUEST, "Argument 'groupBy': SERVICE_TYPE does not apply to INDEX_VALUES");
		expectError(
				this.graphQl.document("{ statistics(of: INDEX_VALUES, filter: {achievements: {}}) { count } }")
					.execute(),
				ErrorType.BAD_REQUEST,
				"Argument 'filter': statistics of INDEX_VALUES take the filter 'filter.indexValues'");
	}

	private void assertGroups(String dimension, String selection, String... keys) {
		var response = this.graphQl
			.document("{ statistics(of: ACHIEVEMENTS, groupBy: [" + dimension + "]) { " + selection + " count } }")
			.execute();
		String path = switch (dimension) {
			case "LEVEL" -> "statistics[*].key.level";
			case "SECTOR" -> "statistics[*].key.sector.code";
			case "FISCAL_YEAR" -> "statistics[*].key.fiscalYear";
			case "PROVINCE" -> "statistics[*].key.province.code";
			case "SERVICE_TYPE" -> "statistics[*].key.serviceType.code";
			default -> "statistics[*].key.achievementLevel.code";
		};
		response.path(path)
			.entityList(Object.class)
			.satisfies((found) -> assertThat(found).extracting(String::valueOf).containsExactly(keys));
	}

}
