package org.spmawards.api.award;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureHttpGraphQlTester
@WithTestDatabase
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

}
