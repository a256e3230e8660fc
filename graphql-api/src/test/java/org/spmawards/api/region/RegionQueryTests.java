package org.spmawards.api.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

@GraphQlApiTest
class RegionQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "PROVINCE, 38", "REGENCY, 416", "CITY, 98" })
	void countsTheRegionsOfEachLevel(String level, int count) {
		this.graphQl.document("{ regions(level: " + level + ") { totalCount } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(count);
	}

	@Test
	void showsKotaTangerangInBantenWithItsThreeCityAwardsAndTheirSources() {
		var response = this.graphQl.documentName("regionPage").variable("code", "36.71").execute();
		response.path("region.name").entity(String.class).isEqualTo("Kota Tangerang");
		response.path("region.level").entity(String.class).isEqualTo("CITY");
		response.path("region.autonomous").entity(Boolean.class).isEqualTo(true);
		response.path("region.province.name").entity(String.class).isEqualTo("Banten");
		response.path("region.population.total")
			.entity(Integer.class)
			.satisfies((total) -> assertThat(total).isPositive());
		response.path("region.awards[*].category").entityList(String.class).containsExactly("CITY", "CITY", "CITY");
		response.path("region.awards[*].place").entityList(Integer.class).containsExactly(1, 3, 1);
		response.path("region.awards[*].edition.year").entityList(Integer.class).containsExactly(2023, 2024, 2025);
		response.path("region.awards[*].provenance.sources")
			.entityList(List.class)
			.satisfies((sources) -> assertThat(sources).allSatisfy((list) -> assertThat(list).isNotEmpty()));
		response.path("region.awards[*].score")
			.entityList(Object.class)
			.satisfies((scores) -> assertThat(scores).hasSize(3).containsOnlyNulls());
	}

	@Test
	void listsAProvincesRegenciesAndCities() {
		this.graphQl.document("{ region(code: \"36\") { province { code } regencies { code level } } }")
			.execute()
			.path("region.province")
			.valueIsNull()
			.path("region.regencies[*].code")
			.entityList(String.class)
			.containsExactly("36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74");
	}

	@Test
	void flagsJakartasAdministrativeCities() {
		this.graphQl.document("{ regions(provinceCode: \"31\") { totalCount edges { node { autonomous } } } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(6)
			.path("regions.edges[*].node.autonomous")
			.entityList(Boolean.class)
			.containsExactly(false, false, false, false, false, false);
	}

	@Test
	void givesARegionWithoutAwardsAnEmptyList() {
		this.graphQl.document("{ region(code: \"11.01\") { awards { id } } }")
			.execute()
			.path("region.awards")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void answersNullForAnUnknownCode() {
		this.graphQl.document("{ region(code: \"36.98\") { name } }").execute().path("region").valueIsNull();
	}

	@Test
	void rejectsAMalformedCodeNamingTheArgument() {
		expectError(this.graphQl.document("{ region(code: \"36.7\") { name } }").execute(), ErrorType.BAD_REQUEST,
				"Argument 'code': '36.7' is not a Kemendagri region code", Map.of("argument", "code"));
	}

	@Test
	void pagesThroughCitiesWithCursors() {
		var firstPage = this.graphQl.document(
				"{ regions(level: CITY, first: 50) { pageInfo { hasNextPage endCursor } edges { node { code } } } }")
			.execute();
		firstPage.path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = firstPage.path("regions.pageInfo.endCursor").entity(String.class).get();
		String lastOfFirst = firstPage.path("regions.edges[49].node.code").entity(String.class).get();
		var secondPage = this.graphQl
			.document("query($after: String) { regions(level: CITY, first: 50, after: $after) {"
					+ " pageInfo { hasNextPage hasPreviousPage } edges { node { code } } } }")
			.variable("after", cursor)
			.execute();
		secondPage.path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		secondPage.path("regions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		secondPage.path("regions.edges[*].node.code").entityList(String.class).hasSize(48).satisfies((codes) -> {
			assertThat(codes.get(0)).isGreaterThan(lastOfFirst);
		});
	}

	@Test
	void defaultsToTwentyRegionsAPage() {
		this.graphQl.document("{ regions { totalCount edges { cursor } } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(552)
			.path("regions.edges")
			.entityList(Object.class)
			.hasSize(20);
	}

	@ParameterizedTest
	@CsvSource({ "101", "-1" })
	void rejectsAPageSizeOutOfRange(int first) {
		expectError(this.graphQl.document("{ regions(first: " + first + ") { totalCount } }").execute(),
				ErrorType.BAD_REQUEST, "Argument 'first' must be between 0 and 100, but was " + first);
	}

	@Test
	void rejectsACursorThatThisApiDidNotIssue() {
		expectError(this.graphQl.document("{ regions(after: \"bm90IGEgY3Vyc29y\") { totalCount } }").execute(),
				ErrorType.BAD_REQUEST, Map.of("argument", "after"));
	}

	@Test
	void rejectsACursorThatAnotherListGave() {
		String ranking = this.graphQl
			.document("{ rankings(edition: 2025, category: CITY, first: 1) {" + " pageInfo { endCursor } } }")
			.execute()
			.path("rankings.pageInfo.endCursor")
			.entity(String.class)
			.get();
		expectError(
				this.graphQl.document("query($after: String) { regions(after: $after) { totalCount } }")
					.variable("after", ranking)
					.execute(),
				ErrorType.BAD_REQUEST, "Argument 'after' is a cursor of another list (rankings)",
				Map.of("argument", "after"));
	}

	@Test
	void rejectsAProvinceFilterThatIsNotAProvince() {
		expectError(this.graphQl.document("{ regions(provinceCode: \"36.71\") { totalCount } }").execute(),
				ErrorType.BAD_REQUEST, "is not a province code");
	}

}
