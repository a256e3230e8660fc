package org.spmawards.api.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service in demo mode: a client can tell, and every ranking is complete.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
class DemoModeTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

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
	void showsADemoBannerOnTheFrontPage() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("class=\"banner banner-DEMO\"", "<strong>Demo data.</strong>",
					"SYNTHETIC"));
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
	void ranksEveryEditionCompletelyIncludingThe2022One() {
		for (int edition = 2022; edition <= 2025; edition++) {
			this.graphQl
				.document("{ rankings(edition: " + edition + ", category: CITY, first: 1) { coverage { regionsWithValue"
						+ " complete rankKind } edges { node { rankKind nationalRankOrigin } } } }")
				.execute()
				.path("rankings.coverage.regionsWithValue")
				.entity(Integer.class)
				.isEqualTo(98)
				.path("rankings.coverage.rankKind")
				.entity(String.class)
				.isEqualTo("NATIONAL")
				.path("rankings.edges[0].node.nationalRankOrigin")
				.entity(String.class)
				.isEqualTo("COMPUTED");
		}
	}

	@Test
	void computesKotaTangerangFromItsSyntheticDataNotFromItsRealValue() {
		var response = this.graphQl
			.document("{ indexValues(filter: {regionCode: {equalTo: \"36.71\"}, fiscalYear: {equalTo: 2024}}) {"
					+ " edges { node { sector { code } value origin nationalRank provenance { verification } } } }"
					+ " rankings(edition: 2025, category: CITY, first: 100) { edges { node { region { code } value"
					+ " nationalRank previousRank rankChange } } } }")
			.execute();
		response.path("indexValues.edges[*].node.origin")
			.entityList(String.class)
			.hasSize(7)
			.satisfies((origins) -> assertThat(origins).containsOnly("COMPUTED"));
		response.path("indexValues.edges[*].node.provenance.verification")
			.entityList(String.class)
			.satisfies((verifications) -> assertThat(verifications).containsOnly("SYNTHETIC"));
		response.path("indexValues.edges[0].node.value")
			.entity(Double.class)
			.satisfies((value) -> assertThat(value).isNotEqualTo(99.95));
		// every rank change compares two complete computed rankings
		response.path("rankings.edges[*].node")
			.entityList(Map.class)
			.hasSize(98)
			.satisfies((entries) -> assertThat(entries)
				.allSatisfy((entry) -> assertThat(((Number) entry.get("rankChange")).intValue())
					.isEqualTo(((Number) entry.get("previousRank")).intValue()
							- ((Number) entry.get("nationalRank")).intValue())));
	}

	@Test
	void answersWhichProvincesImprovedMostInOneRequest() {
		var response = this.graphQl
			.document("{ indexValues(filter: {fiscalYear: {equalTo: 2024}, level: {equalTo: PROVINCE},"
					+ " sector: {isNull: true}}, orderBy: [CHANGE_DESC], changeFromFiscalYear: 2022, first: 38) {"
					+ " totalCount edges { node { region { code } value change(fromFiscalYear: 2022)"
					+ " { fromFiscalYear fromValue difference } } } } }")
			.execute();
		response.path("indexValues.totalCount").entity(Integer.class).isEqualTo(38);
		response.path("indexValues.edges[*].node.change.difference")
			.entityList(Double.class)
			.hasSize(38)
			.satisfies(
					(differences) -> assertThat(differences).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
		response.path("indexValues.edges[0].node").entity(Map.class).satisfies((node) -> {
			Map<?, ?> change = (Map<?, ?>) node.get("change");
			assertThat(((Number) change.get("difference")).doubleValue()).isCloseTo(
					((Number) node.get("value")).doubleValue() - ((Number) change.get("fromValue")).doubleValue(),
					org.assertj.core.data.Offset.offset(0.001));
		});
	}

	@Test
	void answersTheRegenciesOfWestJavaBelow80InHealthEachWithItsWeakestService() {
		var response = this.graphQl
			.document("{ indexValues(filter: {fiscalYear: {equalTo: 2024}, provinceCode: {equalTo: \"32\"},"
					+ " level: {equalTo: REGENCY}, sector: {equalTo: HEALTH}, value: {lessThan: 80}}, first: 100) {"
					+ " totalCount edges { node { value weakestServices(first: 1) { sector { code } achievement } } } } }")
			.execute();
		response.path("indexValues.edges[*].node")
			.entityList(Map.class)
			.satisfies((nodes) -> assertThat(nodes).isNotEmpty().allSatisfy((node) -> {
				List<?> weakest = (List<?>) node.get("weakestServices");
				assertThat(weakest).hasSize(1);
				Map<?, ?> service = (Map<?, ?>) weakest.get(0);
				assertThat(((Map<?, ?>) service.get("sector")).get("code")).isEqualTo("HEALTH");
				// the weakest service is at most the field's mean
				assertThat(((Number) service.get("achievement")).doubleValue())
					.isLessThanOrEqualTo(((Number) node.get("value")).doubleValue());
			}));
	}

	@Test
	void namesItsDownloadsDemo() {
		this.client.get()
			.uri("/export/rankings.csv?edition=2025&category=REGENCY&provinceCode=32")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"ranking-2025-regency-overall-32-demo.csv\"")
			.expectBody(String.class)
			// the 18 regencies of Jawa Barat, not all 416
			.value((csv) -> assertThat(csv.split("\n")).hasSize(19));
		// the demo's bulk download holds 46,314 achievements: once, with two cores busy
		// with
		// the rest of the build, its answer took longer than the client's default 5 s
		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/export/bulk")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spm-awards-data-demo.zip\"");
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
