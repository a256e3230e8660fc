package org.spmawards.api.ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * Rankings over the curated data: few published values, so every ranking is partial.
 */
@GraphQlApiTest
class RankingQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void givesEachEntryAnIdOfItsRankingAndRegionWhicheverWayItIsRead() {
		String ids = "{ figures: rankings(edition: 2025, category: CITY) { nodes { id rank } }"
				+ " values: rankings(edition: 2025, category: CITY) { nodes { id origin } }"
				+ " counted: rankings(edition: 2025, category: CITY) { totalCount nodes { id } }"
				+ " banten: rankings(edition: 2025, category: CITY, provinceCode: \"36\") { nodes { id } } }";
		var response = this.graphQl.document(ids).execute();
		List<String> figures = response.path("figures.nodes[*].id").entityList(String.class).get();
		assertThat(figures).hasSize(2).doesNotHaveDuplicates();
		response.path("values.nodes[*].id").entityList(String.class).isEqualTo(figures);
		response.path("counted.nodes[*].id").entityList(String.class).isEqualTo(figures);
		// a place in the province's list is another entry: its position differs
		response.path("banten.nodes[*].id").entityList(String.class).satisfies((banten) -> {
			assertThat(banten).hasSize(1).doesNotContainAnyElementsOf(figures);
		});
	}

	@Test
	void ranksMalukuAt9789AndReportsAPartialCoverage() {
		var response = this.graphQl.documentName("rankingTable")
			.variable("category", "PROVINCE")
			.variable("edition", 2025)
			.execute();
		response.path("rankings.fiscalYear").entity(Integer.class).isEqualTo(2024);
		response.path("rankings.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("rankings.coverage.regionsWithValue").entity(Integer.class).isEqualTo(1);
		response.path("rankings.coverage.regionsInCategory").entity(Integer.class).isEqualTo(38);
		response.path("rankings.coverage.complete").entity(Boolean.class).isEqualTo(false);
		response.path("rankings.edges[0].node.region.name").entity(String.class).isEqualTo("Maluku");
		response.path("rankings.edges[0].node.value").entity(Double.class).isEqualTo(97.89);
		// first of the one province held, not nationally: the national rank is the
		// published 17th, up 4 from the published 21st of fiscal year 2023
		response.path("rankings.coverage.rankKind").entity(String.class).isEqualTo("WITHIN_DATA_HELD");
		response.path("rankings.edges[0].node.rank").entity(Integer.class).isEqualTo(1);
		response.path("rankings.edges[0].node.rankKind").entity(String.class).isEqualTo("WITHIN_DATA_HELD");
		response.path("rankings.edges[0].node.position").entity(Integer.class).isEqualTo(1);
		response.path("rankings.edges[0].node.publishedRank").entity(Integer.class).isEqualTo(17);
		response.path("rankings.edges[0].node.publishedRankScope.kind").entity(String.class).isEqualTo("NATIONAL");
		response.path("rankings.edges[0].node.nationalRank").entity(Integer.class).isEqualTo(17);
		response.path("rankings.edges[0].node.nationalRankOrigin").entity(String.class).isEqualTo("PUBLISHED");
		response.path("rankings.edges[0].node.previousRank").entity(Integer.class).isEqualTo(21);
		response.path("rankings.edges[0].node.rankChange").entity(Integer.class).isEqualTo(4);
		response.path("rankings.edges[0].node.status").entity(String.class).isEqualTo("FINAL");
		response.path("rankings.edges[0].node.achievementLevel.code").entity(String.class).isEqualTo("TUNTAS_UTAMA");
		response.path("rankings.edges[0].node.achievementLevelOrigin").entity(String.class).isEqualTo("PUBLISHED");
		response.path("rankings.edges[0].node.origin").entity(String.class).isEqualTo("PUBLISHED");
		response.path("rankings.edges[0].node.provenance.sources")
			.entityList(String.class)
			.contains(
					"https://ambon.antaranews.com/berita/269753/maluku-terima-penghargaan-standar-pelayanan-minimal-2025-dari-mendagri");
		response.path("rankings.edges[0].node.sectors[*].sector.code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HEALTH", "PUBLIC_WORKS");
	}

	@Test
	void readsTheSectorValuesWithThePageHoweverTheyAreAskedFor() {
		// sectors are read with the page when the selection holds them: through nodes, a
		// fragment or an alias, they are the same values as through edges
		this.graphQl.document("""
				fragment Fields on RankingEntry { fields: sectors { sector { code } value } }
				{
				  rankings(edition: 2025, category: PROVINCE) {
				    nodes { ...Fields }
				    edges { node { sectors { sector { code } } } }
				  }
				  plain: rankings(edition: 2025, category: PROVINCE) { nodes { region { code } } }
				}""")
			.execute()
			.path("rankings.nodes[0].fields[*].sector.code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HEALTH", "PUBLIC_WORKS")
			.path("rankings.nodes[0].fields[0].value")
			.entity(Double.class)
			.satisfies((value) -> assertThat(value).isBetween(0.0, 100.0))
			.path("rankings.edges[0].node.sectors[*].sector.code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HEALTH", "PUBLIC_WORKS")
			.path("plain.nodes[0].region.code")
			.entity(String.class)
			.isEqualTo("81");
	}

	@Test
	@SuppressWarnings("unchecked")
	void readsATableOfFiguresAsTheWholeEntriesShowIt() {
		// a selection of no more than figures reads the entries as figures alone: the
		// same ranks, places, values, regions and fields as whole entries show
		var response = this.graphQl.document("""
				fragment Figures on RankingEntry {
				  rank rankKind position value region { code name } sectors { sector { code } value } __typename
				}
				{
				  figures: rankings(edition: 2025, category: PROVINCE) { nodes { ...Figures } }
				  values: rankings(edition: 2025, category: PROVINCE) { nodes { ...Figures status } }
				  sectorFigures: rankings(edition: 2025, category: PROVINCE, sector: EDUCATION) { nodes { ...Figures } }
				  sectorValues: rankings(edition: 2025, category: PROVINCE, sector: EDUCATION) {
				    nodes { ...Figures origin }
				  }
				}""").execute();
		response.path("figures.nodes[0].region.name")
			.entity(String.class)
			.isEqualTo("Maluku")
			.path("figures.nodes[0].value")
			.entity(Double.class)
			.isEqualTo(97.89)
			.path("figures.nodes[0].rank")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("figures.nodes[0].rankKind")
			.entity(String.class)
			.isEqualTo("WITHIN_DATA_HELD")
			.path("figures.nodes[0].sectors[*].sector.code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HEALTH", "PUBLIC_WORKS")
			.path("sectorFigures.nodes")
			.entityList(Object.class)
			.hasSize(1);
		for (String[] pair : new String[][] { { "figures", "values" }, { "sectorFigures", "sectorValues" } }) {
			List<Map<String, Object>> figures = response.path(pair[0] + ".nodes").entity(List.class).get();
			List<Map<String, Object>> values = response.path(pair[1] + ".nodes").entity(List.class).get();
			assertThat(figures).isNotEmpty()
				.isEqualTo(values.stream().map((entry) -> withoutKeys(entry, "status", "origin")).toList());
		}
	}

	private static Map<String, Object> withoutKeys(Map<String, Object> entry, String... keys) {
		Map<String, Object> result = new LinkedHashMap<>(entry);
		for (String key : keys) {
			result.remove(key);
		}
		return result;
	}

	@Test
	void countsTheRankingWhenAFragmentOrAnAliasAsksForItsCoverage() {
		// the whole ranking is counted only when the selection holds its coverage, length
		// or page info, however they are asked for; the entries are the same either way
		this.graphQl
			.document(
					"""
							fragment Counted on RankingConnection { pages: pageInfo { hasNextPage } total: totalCount }
							{
							  lean: rankings(edition: 2025, category: PROVINCE) {
							    nodes { region { code } rank rankKind previousRank rankChange }
							  }
							  counted: rankings(edition: 2025, category: PROVINCE) {
							    ...Counted
							    held: coverage { regionsWithValue rankKind }
							    nodes { region { code } rank rankKind previousRank rankChange }
							  }
							  paged: rankings(edition: 2025, category: PROVINCE) { ... on RankingConnection { pageInfo { endCursor } } }
							}""")
			.execute()
			.path("counted.total")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("counted.pages.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("counted.held.regionsWithValue")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("counted.held.rankKind")
			.entity(String.class)
			.isEqualTo("WITHIN_DATA_HELD")
			.path("paged.pageInfo.endCursor")
			.entity(String.class)
			.satisfies((cursor) -> assertThat(cursor).isNotBlank())
			.path("lean.nodes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("region", Map.of("code", "81"), "rank", 1, "rankKind", "WITHIN_DATA_HELD", "previousRank",
					21, "rankChange", 4))
			.path("counted.nodes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("region", Map.of("code", "81"), "rank", 1, "rankKind", "WITHIN_DATA_HELD", "previousRank",
					21, "rankChange", 4));
	}

	@Test
	void ranksATieEquallyWhileThePublishedRanksDiffer() {
		this.graphQl.documentName("rankingTable")
			.variable("category", "PROVINCE")
			.variable("edition", 2022)
			.execute()
			.path("rankings.edges[*].node.region.code")
			.entityList(String.class)
			.containsExactly("33", "73")
			.path("rankings.edges[*].node.rank")
			.entityList(Integer.class)
			.containsExactly(1, 1)
			.path("rankings.edges[*].node.publishedRank")
			.entityList(Integer.class)
			.containsExactly(1, 2)
			.path("rankings.edges[*].node.position")
			.entityList(Integer.class)
			.containsExactly(1, 2);
	}

	@Test
	void leavesAPreliminaryValueOutOfTheNationalRankingUnlessAsked() {
		// Kotamobagu's 86.43 for 2022 is preliminary, 4th within Sulawesi Utara only
		String query = "{ rankings(edition: 2023, category: CITY%s) { totalCount"
				+ " coverage { regionsWithValue preliminaryLeftOut } edges { node { rank rankKind nationalRank"
				+ " publishedRank publishedRankScope { kind group } status region { code } } } } }";
		this.graphQl.document(query.formatted(""))
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("rankings.coverage.preliminaryLeftOut")
			.entity(Integer.class)
			.isEqualTo(1);
		// an explicit null is the default, not an error (it was an internal error while
		// the argument was bound to a primitive boolean)
		this.graphQl.document(query.formatted(", includePreliminary: null"))
			.execute()
			.path("rankings.coverage.preliminaryLeftOut")
			.entity(Integer.class)
			.isEqualTo(1);
		var included = this.graphQl.document(query.formatted(", includePreliminary: true")).execute();
		included.path("rankings.edges[0].node.region.code").entity(String.class).isEqualTo("71.74");
		included.path("rankings.edges[0].node.status").entity(String.class).isEqualTo("PRELIMINARY");
		included.path("rankings.edges[0].node.rank").entity(Integer.class).isEqualTo(1);
		included.path("rankings.edges[0].node.rankKind").entity(String.class).isEqualTo("WITHIN_DATA_HELD");
		included.path("rankings.edges[0].node.nationalRank").valueIsNull();
		included.path("rankings.edges[0].node.publishedRank").entity(Integer.class).isEqualTo(4);
		included.path("rankings.edges[0].node.publishedRankScope.kind").entity(String.class).isEqualTo("PROVINCE");
		included.path("rankings.edges[0].node.publishedRankScope.group")
			.entity(String.class)
			.isEqualTo("Sulawesi Utara");
		included.path("rankings.coverage.preliminaryLeftOut").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void marksAnAchievementLevelDerivedFromTheCutOffsAsComputed() {
		// the 2024 values of Kota Tangerang (99.95) and Kota Surabaya (99.83) were
		// published without a level
		this.graphQl.document("{ rankings(edition: 2025, category: CITY) { edges { node { region { code }"
				+ " achievementLevel { code } achievementLevelOrigin achievementLevelProvenance { verification note } } } } }")
			.execute()
			.path("rankings.edges[0].node.achievementLevelProvenance.verification")
			.entity(String.class)
			.isEqualTo("COMPUTED")
			.path("rankings.edges[0].node.achievementLevelProvenance.note")
			.entity(String.class)
			.satisfies((note) -> assertThat(note).contains("99.95", "provisional cut-offs", "not a published level"))
			.path("rankings.edges[*].node.achievementLevelOrigin")
			.entityList(String.class)
			.containsExactly("COMPUTED", "COMPUTED")
			.path("rankings.edges[*].node.achievementLevel.code")
			.entityList(String.class)
			.containsExactly("TUNTAS_UTAMA", "TUNTAS_UTAMA");
	}

	@Test
	void keepsTheNationalRankWhenFilteringByProvince() {
		this.graphQl
			.document("{ rankings(edition: 2025, category: CITY, provinceCode: \"35\") {"
					+ " totalCount coverage { regionsInCategory } edges { node { rank region { name } value } } } }")
			.execute()
			.path("rankings.edges[*].node.region.name")
			.entityList(String.class)
			.containsExactly("Kota Surabaya")
			.path("rankings.edges[0].node.rank")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("rankings.coverage.regionsInCategory")
			.entity(Integer.class)
			.isEqualTo(9);
	}

	@Test
	void ranksByOneField() {
		this.graphQl.document("{ rankings(edition: 2025, category: PROVINCE, sector: HOUSING) { totalCount } }")
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl
			.document("{ rankings(edition: 2025, category: PROVINCE, sector: HEALTH) { edges { node { value } } } }")
			.execute()
			.path("rankings.edges[*].node.value")
			.entityList(Double.class)
			.containsExactly(100.0);
	}

	@Test
	void answersAnEmptyRankingForAYearWithoutValues() {
		this.graphQl
			.document("{ rankings(edition: 2024, category: REGENCY) { totalCount edges { cursor }"
					+ " coverage { regionsWithValue regionsInCategory } } }")
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("rankings.coverage.regionsInCategory")
			.entity(Integer.class)
			.isEqualTo(416);
	}

	@Test
	void rejectsAnUnknownEditionListingTheEditions() {
		expectError(this.graphQl.document("{ rankings(edition: 2019, category: CITY) { totalCount } }").execute(),
				ErrorType.NOT_FOUND,
				"Argument 'edition': there is no SPM Awards edition in 2019; the editions are 2022, 2023, 2024, 2025",
				Map.of("argument", "edition"));
	}

	@Test
	void rejectsAPageOverOneHundred() {
		expectError(this.graphQl.document("{ rankings(edition: 2025, category: CITY, first: 101) { totalCount } }")
			.execute(), ErrorType.BAD_REQUEST);
	}

	@Test
	void rejectsAnUnknownCategoryNamingTheAcceptedValues() {
		expectError(this.graphQl.document("{ rankings(edition: 2025, category: VILLAGE) { totalCount } }").execute(),
				graphql.ErrorType.ValidationError, "RegionLevel");
	}

}
