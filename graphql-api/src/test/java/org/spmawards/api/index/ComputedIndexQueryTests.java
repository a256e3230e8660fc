package org.spmawards.api.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.test.Achievements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Index queries over values the service computes from service achievements, in a database
 * of this test's own holding a few made-up (SYNTHETIC) achievements of Kota Tangerang.
 */
@GraphQlApiTest
@TestPropertySource(properties = "spm.test-database.name=computed")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputedIndexQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	void reportHealthServicesOfKotaTangerang(@Autowired DatabaseClient database, @Autowired IndexRefresher refresher) {
		// HEA-K-1: served above target, capped: 0.8 x 100 + 0.2 x 90 = 98
		// HEA-K-2: no entitled citizens, does not apply
		// HEA-K-3: 0.8 x 50 + 0.2 x 50 = 50
		Achievements.of(2024)
			.report("36.71", "HEA-K-1", 100, 120, 90)
			.report("36.71", "HEA-K-2", 0, 0, 0)
			.report("36.71", "HEA-K-3", 200, 100, 50)
			.insertAndRefresh(database, refresher);
	}

	@Test
	void showsTheComputedFieldIndexDownToItsServices() {
		var response = this.graphQl
			.document("{ sectorDetail(regionCode: \"36.71\", edition: 2025, sector: HEALTH) { index origin rank"
					+ " achievementLevel { code } provenance { verification note }"
					+ " indexValue { achievementLevelOrigin completeness { servicesUsed servicesOwed share } }"
					+ " services { serviceType { code } target served quality achievement applicable } } }")
			.execute();
		response.path("sectorDetail.index").entity(Double.class).isEqualTo(74.0);
		response.path("sectorDetail.origin").entity(String.class).isEqualTo("COMPUTED");
		// 2 of the 11 health services the city owes (HEA-K-2 does not apply): not ranked
		response.path("sectorDetail.rank").valueIsNull();
		response.path("sectorDetail.indexValue.completeness.servicesUsed").entity(Integer.class).isEqualTo(2);
		response.path("sectorDetail.indexValue.completeness.servicesOwed").entity(Integer.class).isEqualTo(11);
		response.path("sectorDetail.indexValue.completeness.share").entity(Double.class).isEqualTo(0.1818);
		response.path("sectorDetail.achievementLevel.code").entity(String.class).isEqualTo("TUNTAS_PRATAMA");
		response.path("sectorDetail.indexValue.achievementLevelOrigin").entity(String.class).isEqualTo("COMPUTED");
		response.path("sectorDetail.provenance.verification").entity(String.class).isEqualTo("SYNTHETIC");
		response.path("sectorDetail.services[0].served").entity(Integer.class).isEqualTo(120);
		response.path("sectorDetail.services[0].achievement").entity(Double.class).isEqualTo(98.0);
		response.path("sectorDetail.services[0].applicable").entity(Boolean.class).isEqualTo(true);
		response.path("sectorDetail.services[1].target").entity(Integer.class).isEqualTo(0);
		response.path("sectorDetail.services[1].achievement").valueIsNull();
		response.path("sectorDetail.services[1].applicable").entity(Boolean.class).isEqualTo(false);
		response.path("sectorDetail.services[2].achievement").entity(Double.class).isEqualTo(50.0);
		response.path("sectorDetail.services[3].target").valueIsNull();
		response.path("sectorDetail.services[3].applicable").valueIsNull();
		response.path("sectorDetail.services").entityList(Object.class).hasSize(12);
	}

	@Test
	void keepsThePublishedOverallIndexAboveTheComputedOne() {
		this.graphQl
			.document("{ region(code: \"36.71\") { indexes(fromFiscalYear: 2024) { sector { code } value origin } } }")
			.execute()
			.path("region.indexes[*].origin")
			.entityList(String.class)
			.containsExactly("PUBLISHED", "COMPUTED")
			.path("region.indexes[0].value")
			.entity(Double.class)
			.isEqualTo(99.95)
			.path("region.indexes[1].sector.code")
			.entity(String.class)
			.isEqualTo("HEALTH");
	}

	@Test
	void leavesTheIncompleteFieldIndexOutOfTheRankingAndCountsIt() {
		this.graphQl
			.document("{ rankings(edition: 2025, category: CITY, sector: HEALTH) { totalCount"
					+ " coverage { regionsWithValue incompleteLeftOut } edges { node { rank region { code } } } } }")
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("rankings.coverage.incompleteLeftOut")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void leavesTheIncompleteFieldIndexOutOfStatistics() {
		String query = "{ statistics(of: INDEX_VALUES, includeIncomplete: %s, filter: {indexValues:"
				+ " {fiscalYear: {equalTo: 2024}, sector: {equalTo: HEALTH}, level: {equalTo: CITY}}}) { count mean } }";
		this.graphQl.document(query.formatted(false))
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("statistics[0].mean")
			.valueIsNull();
		this.graphQl.document(query.formatted(true))
			.execute()
			.path("statistics[0].count")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("statistics[0].mean")
			.entity(Double.class)
			.isEqualTo(74.0);
	}

	@Test
	void listsTheWeakestServicesOfAFieldIndex() {
		this.graphQl
			.document("{ indexValues(filter: {regionCode: {equalTo: \"36.71\"}, fiscalYear: {equalTo: 2024},"
					+ " sector: {equalTo: HEALTH}}) { edges { node { value weakestServices(first: 1)"
					+ " { serviceType { code } achievement } } } } }")
			.execute()
			.path("indexValues.edges[0].node.weakestServices[*].serviceType.code")
			.entityList(String.class)
			.containsExactly("HEA-K-3")
			.path("indexValues.edges[0].node.weakestServices[0].achievement")
			.entity(Double.class)
			.isEqualTo(50.0);
	}

}
