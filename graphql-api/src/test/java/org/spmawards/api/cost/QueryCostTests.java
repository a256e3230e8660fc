package org.spmawards.api.cost;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.StatementCounter;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.test.Achievements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the SQL statements of one ranking page with every nested field a ranking table
 * shows: the count must not grow with the page size (no N+1). The regencies get synthetic
 * achievements for every service they owe in a database of this test's own, so that a
 * complete ranking fills a page of 100.
 */
@GraphQlApiTest
@TestPropertySource(properties = "spm.test-database.name=cost")
@Import(StatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCostTests {

	private static final String RANKING_TABLE = """
			query ($first: Int) {
				rankings(edition: 2025, category: REGENCY, first: $first) {
					totalCount coverage { regionsWithValue regionsInCategory }
					edges { cursor node {
						rank rankKind position nationalRank nationalRankOrigin value previousRank rankChange
						publishedRank publishedRankScope { kind group } status achievementLevelOrigin
						completeness { servicesUsed servicesOwed } origin
						achievementLevel { code name }
						provenance { verification sources }
						region { code name population { total } province { code name } awards { id } }
						sectors { sector { code name } value rank achievementLevel { code } }
					} }
				}
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@BeforeAll
	void reportSyntheticAchievementsForEveryRegency(@Autowired DatabaseClient database,
			@Autowired IndexRefresher refresher) {
		Achievements.of(2024)
			.insertForEveryServiceOf(database, RegionLevel.REGENCY)
			.then(refresher.refresh(2024))
			.block();
	}

	@Test
	void aRankingPageCostsTheSameNumberOfStatementsWhateverItsSize() {
		int forTen = statementsFor(10);
		int forHundred = statementsFor(100);
		assertThat(forHundred).isEqualTo(forTen);
		// the ranking page and the sector values; editions, regions, their awards,
		// provinces, sectors and achievement levels come from the reference data in
		// memory
		assertThat(forHundred).isEqualTo(2);
	}

	@Test
	void aRankingPageWithoutItsCoverageCostsTheSameNumberOfStatements() {
		// read without the coverage (a cheaper statement), the page still takes two
		String withoutCoverage = RANKING_TABLE.replace("totalCount coverage { regionsWithValue regionsInCategory }",
				"");
		assertThat(withoutCoverage).isNotEqualTo(RANKING_TABLE);
		assertThat(statementsFor(withoutCoverage, 100)).isEqualTo(statementsFor(withoutCoverage, 10)).isEqualTo(2);
	}

	@Test
	void aRankingTableShowingOnlyTheSectorFiguresReadsThemWithItsEntries() {
		String figures = """
				{
					rankings(edition: 2025, category: REGENCY, first: 20) {
						nodes { rank value region { code } fields: sectors { __typename fiscalYear sector { code } value } }
					}
				}
				""";
		String values = figures.replace("value } }", "value status provenance { verification } } }");
		assertThat(values).isNotEqualTo(figures);
		this.statements.reset();
		List<Object> figuresAnswer = this.graphQl.document(figures)
			.execute()
			.path("rankings.nodes[*].fields[*].value")
			.entityList(Object.class)
			.hasSizeGreaterThan(20)
			.get();
		// the figures come in the entries' statement, as two arrays per entry
		assertThat(this.statements.texts()).singleElement()
			.asString()
			.contains("array_agg(s.sector_code) as sector_codes, array_agg(s.value) as sector_values");
		this.statements.reset();
		// asked for more, the field values are read whole, apart: the same figures
		this.graphQl.document(values)
			.execute()
			.path("rankings.nodes[*].fields[*].value")
			.entityList(Object.class)
			.isEqualTo(figuresAnswer)
			.path("rankings.nodes[*].fields[*].provenance.verification")
			.entityList(String.class)
			.hasSize(figuresAnswer.size());
		assertThat(this.statements.texts()).hasSize(2).last().asString().contains("v.sources");
		this.statements.reset();
		// counted, the page is read with its coverage and the figures apart, four columns
		this.graphQl.document(figures.replace("nodes {", "totalCount nodes {"))
			.execute()
			.path("rankings.nodes[*].fields[*].value")
			.entityList(Object.class)
			.isEqualTo(figuresAnswer);
		assertThat(this.statements.texts()).hasSize(2)
			.last()
			.asString()
			.startsWith("select v.fiscal_year, v.region_code, v.sector_code, v.value from index_value v");
	}

	@Test
	void whatARankingPageReadsFollowsItsFragmentsAsItsFields() {
		// the same table as fragments: a named one on the entry, an inline one on its
		// field values, aliased
		String figures = """
				{
					rankings(edition: 2025, category: REGENCY, first: 20) {
						... on RankingConnection { nodes { ...entry } }
					}
				}
				fragment entry on RankingEntry { rank fields: sectors { ... on IndexValue { sector { code } v: value } } }
				""";
		this.statements.reset();
		List<Object> figuresAnswer = this.graphQl.document(figures)
			.execute()
			.path("rankings.nodes[*].fields[*].v")
			.entityList(Object.class)
			.hasSizeGreaterThan(20)
			.get();
		assertThat(this.statements.texts()).singleElement().asString().contains("as sector_values");
		// a field more in the named fragment reads the field values whole, apart; one
		// under @skip counts as asked for
		for (String more : List.of("v: value status", "v: value status @skip(if: true)")) {
			this.statements.reset();
			this.graphQl.document(figures.replace("v: value", more))
				.execute()
				.path("rankings.nodes[*].fields[*].v")
				.entityList(Object.class)
				.isEqualTo(figuresAnswer);
			assertThat(this.statements.texts()).hasSize(2).last().asString().contains("v.sources");
		}
		// the coverage asked for in a fragment counts the ranking
		this.statements.reset();
		this.graphQl
			.document(figures.replace("{ nodes", "{ ...counted nodes")
					+ "fragment counted on RankingConnection { totalCount }")
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThan(20));
		assertThat(this.statements.texts()).hasSize(2).first().asString().startsWith("with summary as");
	}

	@Test
	void aFieldsDetailReadsItsAchievementsAndItsValueInOneStatement() {
		this.statements.reset();
		this.graphQl
			.document("{ sectorDetail(regionCode: \"36.03\", edition: 2025, sector: HEALTH) { index origin"
					+ " services { serviceType { code } target served achievement } } }")
			.execute()
			.path("sectorDetail.index")
			.entity(Double.class)
			.satisfies((index) -> assertThat(index).isBetween(0.0, 100.0))
			.path("sectorDetail.origin")
			.entity(String.class)
			.isEqualTo("COMPUTED")
			.path("sectorDetail.services[*].target")
			.entityList(Integer.class)
			.hasSize(12)
			.satisfies((targets) -> assertThat(targets).containsOnly(1000));
		assertThat(this.statements.texts()).singleElement().asString().contains("full join");
	}

	@Test
	void aRegionsTrendShowingOnlyTheFiguresReadsOnlyThem() {
		String figures = """
				{ region(code: "81") { trend: indexes { __typename fiscalYear sector { code } value } } }
				""";
		String values = figures.replace("value }", "value rank provenance { verification } }");
		assertThat(values).isNotEqualTo(figures);
		this.statements.reset();
		// Maluku's overall index of 2023, then of 2024 with its three fields
		List<Double> figuresAnswer = this.graphQl.document(figures)
			.execute()
			.path("region.trend[*].value")
			.entityList(Double.class)
			.containsExactly(80.25, 97.89, 100.0, 100.0, 100.0)
			.get();
		assertThat(this.statements.texts()).singleElement()
			.asString()
			.startsWith("select v.fiscal_year, v.region_code, v.sector_code, v.value from index_value v")
			.doesNotContain("sources");
		this.statements.reset();
		// asked for more, the history is read whole: the same figures
		this.graphQl.document(values)
			.execute()
			.path("region.trend[*].value")
			.entityList(Double.class)
			.isEqualTo(figuresAnswer)
			.path("region.trend[*].provenance.verification")
			.entityList(String.class)
			.hasSize(figuresAnswer.size());
		assertThat(this.statements.texts()).singleElement().asString().contains("v.sources");
	}

	@Test
	void aRegionPageReadsOnlyItsIndexHistoryAndWinnersNothing() {
		this.statements.reset();
		this.graphQl
			.document(
					"""
							{ region(code: "36.71") { name awards { edition { year } category place } indexes { fiscalYear value } } }
							""")
			.execute()
			.path("region.awards[*].place")
			.entityList(Integer.class)
			.containsExactly(1, 3, 1);
		// the awards are curated facts, held in memory with the reference data
		assertThat(this.statements.texts()).singleElement().asString().contains("from index_value");
		this.statements.reset();
		this.graphQl.document("{ winners(category: CITY, fromYear: 2024) { place region { name } } }")
			.execute()
			.path("winners[0].region.name")
			.entity(String.class)
			.isEqualTo("Kota Makassar");
		assertThat(this.statements.count()).isZero();
	}

	private int statementsFor(int first) {
		return statementsFor(RANKING_TABLE, first);
	}

	private int statementsFor(String document, int first) {
		this.statements.reset();
		this.graphQl.document(document)
			.variable("first", first)
			.execute()
			.path("rankings.edges")
			.entityList(Object.class)
			.hasSize(first);
		return this.statements.count();
	}

}
