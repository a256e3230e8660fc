package org.spmawards.api.award;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spmawards.api.GraphQlErrors.expectError;

@GraphQlApiTest
class AwardQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void listsFourEditionsEachAssessingThePreviousFiscalYear() {
		var response = this.graphQl.document("{ editions { year fiscalYear heldOn } }").execute();
		response.path("editions[*].year").entityList(Integer.class).containsExactly(2022, 2023, 2024, 2025);
		response.path("editions[*].fiscalYear").entityList(Integer.class).containsExactly(2021, 2022, 2023, 2024);
		response.path("editions[3].heldOn").entity(String.class).isEqualTo("2025-05-23");
	}

	@Test
	void listsTheCityWinnersOf2025() {
		this.graphQl.document("{ edition(year: 2025) { results(category: CITY) { place region { name } score } } }")
			.execute()
			.path("edition.results[*].region.name")
			.entityList(String.class)
			.containsExactly("Kota Tangerang", "Kota Tangerang Selatan", "Kota Surabaya")
			.path("edition.results[2].score")
			.entity(Double.class)
			.isEqualTo(99.83);
	}

	@Test
	void keepsTheZoneOfARegionalAwardAndLeavesItsPlaceEmpty() {
		this.graphQl
			.document("{ edition(year: 2025) { results(category: REGIONAL_BEST) { zone place region { code } } } }")
			.execute()
			.path("edition.results[?(@.region.code == '81')].zone")
			.entityList(String.class)
			.containsExactly("MALUKU_PAPUA")
			.path("edition.results[*].place")
			.entityList(Object.class)
			.satisfies((places) -> assertThat(places).hasSize(6).containsOnlyNulls());
	}

	@Test
	void answersNullForAYearWithoutAnEdition() {
		this.graphQl.document("{ edition(year: 2019) { title } }").execute().path("edition").valueIsNull();
	}

	@Test
	void loadsTheResultsOfEveryEditionTogether() {
		this.graphQl.document("{ editions { year all: results { id } cities: results(category: CITY) { id } } }")
			.execute()
			.path("editions[*].all[*].id")
			.entityList(String.class)
			.hasSize(36)
			.path("editions[*].cities[*].id")
			.entityList(String.class)
			.hasSize(9);
	}

	@Test
	void listsKotaTangerangAmongTheCityWinnersWithSources() {
		var response = this.graphQl.document(
				"{ winners(category: CITY) { edition { year } place region { code name } provenance { sources } } }")
			.execute();
		response.path("winners[*].edition.year")
			.entityList(Integer.class)
			.containsExactly(2023, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025);
		response.path("winners[0].region.name").entity(String.class).isEqualTo("Kota Tangerang");
		response.path("winners[0].place").entity(Integer.class).isEqualTo(1);
		response.path("winners[5].region.name").entity(String.class).isEqualTo("Kota Tangerang");
		response.path("winners[5].place").entity(Integer.class).isEqualTo(3);
		response.path("winners[6].region.name").entity(String.class).isEqualTo("Kota Tangerang");
		response.path("winners[6].place").entity(Integer.class).isEqualTo(1);
		response.path("winners[?(@.region.code == '36.71')].provenance.sources")
			.entityList(Object.class)
			.satisfies((sources) -> assertThat(sources).hasSize(3)
				.allSatisfy((list) -> assertThat((java.util.List<?>) list).isNotEmpty()));
	}

	@Test
	void ordersWinnersByYearThenCategoryThenPlace() {
		this.graphQl.document("{ winners(fromYear: 2024, toYear: 2024) { category place } }")
			.execute()
			.path("winners[*].category")
			.entityList(String.class)
			.containsExactly("PROVINCE", "PROVINCE", "PROVINCE", "REGENCY", "REGENCY", "CITY", "CITY", "CITY")
			.path("winners[*].place")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3, 1, 3, 1, 2, 3);
	}

	@Test
	void listsOneRegionsWins() {
		this.graphQl.document("{ winners(regionCode: \"32.01\") { edition { year } category place region { code } } }")
			.execute()
			.path("winners[*].edition.year")
			.entityList(Integer.class)
			.containsExactly(2023, 2024, 2025)
			.path("winners[*].place")
			.entityList(Integer.class)
			.containsExactly(3, 1, 1)
			.path("winners[*].region.code")
			.entityList(String.class)
			.containsExactly("32.01", "32.01", "32.01");
	}

	@Test
	void rejectsASpanThatEndsBeforeItStarts() {
		expectError(this.graphQl.document("{ winners(fromYear: 2025, toYear: 2023) { id } }").execute(),
				ErrorType.BAD_REQUEST, "Argument 'fromYear' (2025) is after 'toYear' (2023)");
	}

	@Test
	void listsAnEditionsNomineesAndPublishedRanksBesideItsWinners() {
		var response = this.graphQl
			.document("{ edition(year: 2024) { results { id }"
					+ " nominees { category kind region { code } edition { year } }"
					+ " publishedRanks { category kind rank region { name } provenance { sources } }"
					+ " methodology { code provisional } } }")
			.execute();
		response.path("edition.nominees[*].region.code").entityList(String.class).containsExactly("33", "34", "73");
		response.path("edition.nominees[*].edition.year").entityList(Integer.class).containsExactly(2024, 2024, 2024);
		response.path("edition.publishedRanks[*].rank").entityList(Integer.class).containsExactly(4, 5, 4, 5);
		response.path("edition.publishedRanks[2].region.name").entity(String.class).isEqualTo("Kota Serang");
		response.path("edition.methodology.provisional").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void tellsClientsThatTheDataIsOfficial() {
		this.graphQl.document("{ dataset { kind } }")
			.execute()
			.path("dataset.kind")
			.entity(String.class)
			.isEqualTo("OFFICIAL");
	}

}
