package org.spmawards.api.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.test.ImportedData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The data team's import endpoints, then the queries that must see an import at once.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=endpoints", "spm.admin-token=s3cret-token" })
class ImportEndpointTests {

	static final String FILE = """
			region_code,service_type,target,served,quality_pct
			36.71,HEA-K-1,100,120,90
			36.71,HEA-K-3,200,100,50
			36.74,HEA-K-1,100,90,100
			""";

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void startWithoutImportedData(@Autowired DatabaseClient database, @Autowired IndexRefresher refresher,
			@Autowired DataVersionStore dataVersion) {
		ImportedData.clear(database, refresher);
		// changed behind the service's back: cached results must go
		dataVersion.refresh().block();
	}

	@Test
	void refusesAnImportWithoutTheRightToken() {
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(FILE)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer wrong")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(FILE)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value((message) -> org.assertj.core.api.Assertions.assertThat((String) message)
				.contains("SPM_ADMIN_TOKEN"));
		this.graphQl.document("{ dataRevisions { nodes { id } } }")
			.execute()
			.path("dataRevisions.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	/**
	 * The same query before and after the import: the response cache must not answer the
	 * old result.
	 */
	@Test
	void importsAndQueriesSeeTheNewValuesAtOnce() {
		String ranking = "{ rankings(edition: 2025, category: CITY, sector: HEALTH) { totalCount"
				+ " coverage { incompleteLeftOut } } }";
		this.graphQl.document(ranking)
			.execute()
			.path("rankings.coverage.incompleteLeftOut")
			.entity(Integer.class)
			.isEqualTo(0);
		post("/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/spm-2024.csv", FILE)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("IMPORTED")
			.jsonPath("$.rowsRead")
			.isEqualTo(3)
			.jsonPath("$.rowsImported")
			.isEqualTo(3)
			.jsonPath("$.rowsRejected")
			.isEqualTo(0)
			.jsonPath("$.warnings[0].line")
			.isEqualTo(2)
			.jsonPath("$.revision.checksum")
			.value((checksum) -> org.assertj.core.api.Assertions.assertThat((String) checksum).startsWith("sha256:"));
		// two cities with 1 and 2 of their health services: computed, but too incomplete
		// to
		// be ranked
		this.graphQl.document(ranking)
			.execute()
			.path("rankings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("rankings.coverage.incompleteLeftOut")
			.entity(Integer.class)
			.isEqualTo(2);
		var values = this.graphQl.document(
				"{ indexValues(filter: {fiscalYear: {equalTo: 2024}, sector: {equalTo: HEALTH}, level: {equalTo: CITY}},"
						+ " orderBy: [VALUE_DESC]) { edges { node { rank value region { code } origin"
						+ " completeness { servicesUsed servicesOwed } provenance { verification sources } } } } }")
			.execute();
		values.path("indexValues.edges[*].node.region.code").entityList(String.class).containsExactly("36.74", "36.71");
		values.path("indexValues.edges[*].node.value").entityList(Double.class).containsExactly(92.0, 74.0);
		values.path("indexValues.edges[0].node.rank").valueIsNull();
		values.path("indexValues.edges[0].node.completeness.servicesUsed").entity(Integer.class).isEqualTo(1);
		values.path("indexValues.edges[0].node.provenance.verification").entity(String.class).isEqualTo("COMPUTED");
		this.graphQl
			.document("{ dataRevisions(fiscalYear: 2024) { nodes { kind fiscalYear checksum sourceUrl rowsRead"
					+ " rowsInserted rowsUpdated rowsDeleted importedAt } } }")
			.execute()
			.path("dataRevisions.nodes[0].rowsInserted")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("dataRevisions.nodes[0].sourceUrl")
			.entity(String.class)
			.isEqualTo("https://example.org/spm-2024.csv");
	}

	@Test
	void changesNothingTheSecondTimeAndRecordsARevisionForACorrection() {
		String url = "/admin/imports/achievements?fiscalYear=2024";
		post(url, FILE).expectStatus().isOk();
		post(url, FILE).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UNCHANGED");
		post(url, FILE.replace("36.74,HEA-K-1,100,90,100", "36.74,HEA-K-1,100,50,100")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.updated")
			.isEqualTo(1);
		this.graphQl.document("{ dataRevisions { nodes { number rowsUpdated } } }")
			.execute()
			.path("dataRevisions.nodes[*].rowsUpdated")
			.entityList(Integer.class)
			.containsExactly(1, 0);
		this.graphQl
			.document("{ sectorDetail(regionCode: \"36.74\", edition: 2025, sector: HEALTH) { index"
					+ " services { served } } }")
			.execute()
			.path("sectorDetail.index")
			.entity(Double.class)
			.isEqualTo(60.0);
	}

	@Test
	void answersAFileWithErrorsWith422AndEveryError() {
		post("/admin/imports/achievements?fiscalYear=2024",
				"region_code,service_type,target,served,quality_pct\n36.7,HEA-K-1,1,1,1\n36.71,HEA-K-1,x,1,1\n")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REJECTED")
			.jsonPath("$.rowsRejected")
			.isEqualTo(2)
			.jsonPath("$.errors[0].line")
			.isEqualTo(2)
			.jsonPath("$.errors[0].column")
			.isEqualTo("region_code")
			.jsonPath("$.errors[1].column")
			.isEqualTo("target")
			.jsonPath("$.errors[1].reason")
			.value((reason) -> org.assertj.core.api.Assertions.assertThat((String) reason)
				.startsWith("not a whole number"));
	}

	@Test
	void importsPublishedIndexValuesWithTheirSource() {
		post("/admin/imports/index-values?fiscalYear=2024&sourceUrl=https://example.org/index.pdf",
				"region_code,sector,value,national_rank\n36.74,,99.97,1\n")
			.expectStatus()
			.isOk();
		this.graphQl
			.document("{ rankings(edition: 2025, category: CITY, first: 1) { edges { node { region { code }"
					+ " value publishedRank provenance { sources } } } } }")
			.execute()
			.path("rankings.edges[0].node.region.code")
			.entity(String.class)
			.isEqualTo("36.74")
			.path("rankings.edges[0].node.publishedRank")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void explainsAWrongRequest() {
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cret-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		post("/admin/imports/achievements", FILE).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((message) -> org.assertj.core.api.Assertions.assertThat((String) message).contains("fiscalYear"));
		post("/admin/imports/achievements?fiscalYear=2030", FILE).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].column")
			.isEqualTo("fiscalYear");
	}

	/**
	 * A file with only its header, or one that deletes most of a year, is a mistake
	 * unless the request says otherwise: refused, and the year keeps its rows.
	 */
	@Test
	void refusesAFileThatWouldDestroyTheYearUnlessItReplacesTheYearOnPurpose() {
		String year = "/admin/imports/achievements?fiscalYear=2024";
		post(year, FILE).expectStatus().isOk();
		String header = "region_code,service_type,target,served,quality_pct\n";
		post(year, header).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REJECTED")
			.jsonPath("$.errors[0].reason")
			.isEqualTo("the file has no data rows, only a header: it would delete all 3 rows of fiscal year 2024;"
					+ " if the file replaces the year on purpose, send it again with replaceYear=true");
		// two of the three rows gone: more than half
		post(year, header + "36.71,HEA-K-1,100,120,90\n").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].reason")
			.value((reason) -> org.assertj.core.api.Assertions.assertThat((String) reason)
				.startsWith("the file would delete 2 of the 3 rows of fiscal year 2024, more than the share an"
						+ " import may delete (50%, spm.imports.max-deleted-share)"));
		assertRowsOf2024(3);
		post(year + "&replaceYear=maybe", header).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The query parameter replaceYear must be true or false, not 'maybe'");
		post(year + "&replaceYear=true", header).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("IMPORTED")
			.jsonPath("$.changes.deleted")
			.isEqualTo(3);
		assertRowsOf2024(0);
	}

	@Test
	void acceptsTheBearerSchemeInAnyCase() {
		for (String authorization : new String[] { "bearer s3cret-token", "BEARER  s3cret-token" }) {
			importWith(authorization).expectStatus().isOk();
		}
		for (String authorization : new String[] { "Bearers3cret-token", "Basic s3cret-token", "Bearer s3cret-token2",
				"Bearer" }) {
			importWith(authorization).expectStatus().isUnauthorized();
		}
	}

	private WebTestClient.ResponseSpec importWith(String authorization) {
		return this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(FILE)
			.exchange();
	}

	private void assertRowsOf2024(int rows) {
		this.graphQl.document("{ achievements(filter: {fiscalYear: {equalTo: 2024}}) { totalCount } }")
			.execute()
			.path("achievements.totalCount")
			.entity(Integer.class)
			.isEqualTo(rows);
	}

	private WebTestClient.ResponseSpec post(String uri, String body) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cret-token")
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.bodyValue(body)
			.exchange();
	}

}
