package org.spmawards.api.pipeline;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service in demo mode: a client can tell, and every ranking is complete.
 */
@SpringBootTest
@AutoConfigureHttpGraphQlTester
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class DemoModeTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void tellsClientsThatTheDataIsSynthetic() {
		this.graphQl.document("{ dataset { kind description } }")
			.execute()
			.path("dataset.kind")
			.entity(String.class)
			.isEqualTo("DEMO")
			.path("dataset.description")
			.entity(String.class)
			.satisfies((description) -> assertThat(description).contains("SYNTHETIC"));
	}

	@Test
	void ranksEveryRegionOfACategory() {
		this.graphQl
			.document("{ rankings(edition: 2025, category: REGENCY, first: 3) { coverage { regionsWithValue"
					+ " regionsInCategory complete } edges { node { rank provenance { verification } } } } }")
			.execute()
			.path("rankings.coverage.complete")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("rankings.coverage.regionsWithValue")
			.entity(Integer.class)
			.isEqualTo(416)
			.path("rankings.edges[*].node.provenance.verification")
			.entityList(String.class)
			.containsExactly("SYNTHETIC", "SYNTHETIC", "SYNTHETIC");
	}

	@Test
	void keepsTheAwardsReal() {
		this.graphQl
			.document("{ winners(category: CITY, fromYear: 2025) { region { name } provenance { verification } } }")
			.execute()
			.path("winners[0].region.name")
			.entity(String.class)
			.isEqualTo("Kota Tangerang")
			.path("winners[0].provenance.verification")
			.entity(String.class)
			.isEqualTo("VERIFIED_MULTIPLE");
	}

}
