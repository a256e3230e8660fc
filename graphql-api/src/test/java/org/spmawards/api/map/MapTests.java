package org.spmawards.api.map;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.Downloads;
import org.spmawards.api.GraphQlErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maps on the official dataset: a choropleth's features carry the values the rankings
 * have and nulls where there is none; GraphQL gives a region's outline and box.
 */
@GraphQlApiTest
class MapTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	WebTestClient client;

	@Autowired
	void client(WebTestClient client) {
		this.client = Downloads.roomy(client);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void carriesTheValuesOfTheRankingAndNullsForTheRegionsWithoutOne() {
		JsonNode map = get("/map/regions.geojson?level=CITY&edition=2025");
		assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(map.get("license").asString()).contains("MIT License", "Cahya DSN");
		assertThat(map.get("attribution").asString()).contains("cahyadsn/wilayah_boundaries");
		assertThat(map.get("fiscalYear").asInt()).isEqualTo(2024);
		JsonNode features = map.get("features");
		assertThat(features).hasSize(98);
		JsonNode tangerang = feature(features, "36.71");
		assertThat(tangerang.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		JsonNode properties = tangerang.get("properties");
		assertThat(properties.get("name").asString()).isEqualTo("Kota Tangerang");
		assertThat(properties.get("provinceName").asString()).isEqualTo("Banten");
		assertThat(properties.get("value").asDouble()).isEqualTo(99.95);
		assertThat(properties.get("rank").asInt()).isEqualTo(1);
		assertThat(properties.get("origin").asString()).isEqualTo("PUBLISHED");
		assertThat(properties.get("verification").asString()).isNotEmpty();
		JsonNode bandaAceh = feature(features, "11.71").get("properties");
		for (String field : List.of("value", "rank", "rankKind", "achievementLevel", "origin", "verification")) {
			assertThat(bandaAceh.get(field).isNull()).as(field).isTrue();
		}
	}

	@Test
	void drawsTheRegenciesOfOneProvinceInDetail() {
		JsonNode map = get("/map/regions.geojson?level=REGENCY&provinceCode=36&resolution=DETAIL");
		assertThat(map.get("resolution").asString()).isEqualTo("DETAIL");
		assertThat(map.get("features")).hasSize(4);
		assertThat(feature(map.get("features"), "36.01").get("properties").has("value")).isFalse();
	}

	@Test
	void writesTheNationalMapAsTopoJsonWithOnlyTheArcsItUses() {
		JsonNode cities = get("/map/regions.topojson?level=CITY&edition=2025");
		JsonNode regencies = get("/map/regions.topojson?level=REGENCY&edition=2025");
		JsonNode geometries = cities.get("objects").get("regencies").get("geometries");
		assertThat(geometries).hasSize(98);
		JsonNode tangerang = null;
		for (JsonNode geometry : geometries) {
			if (geometry.get("id").asString().equals("36.71")) {
				tangerang = geometry;
			}
		}
		assertThat(tangerang.get("properties").get("value").asDouble()).isEqualTo(99.95);
		assertThat(cities.get("arcs").size()).isLessThan(regencies.get("arcs").size() / 4);
		int highest = 0;
		for (JsonNode geometry : geometries) {
			highest = Math.max(highest, highestArc(geometry.get("arcs")));
		}
		assertThat(highest).isEqualTo(cities.get("arcs").size() - 1);
	}

	@Test
	void refusesAMapItCannotDrawNamingTheParameter() {
		problem("/map/regions.geojson", "level");
		problem("/map/regions.geojson?level=PROVINCE&provinceCode=36", "provinceCode");
		// an edition that was never held: as the GraphQL field and the ranking CSV say it
		this.client.get()
			.uri("/map/regions.geojson?level=CITY&edition=2019")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("edition")
			.jsonPath("$.detail")
			.isEqualTo("Argument 'edition': there is no SPM Awards edition in 2019; the editions are 2022, 2023,"
					+ " 2024, 2025");
		problem("/map/regions.geojson?level=CITY&edition=2025&fiscalYear=2024", "fiscalYear");
		problem("/map/regions.topojson?level=CITY&resolution=DETAIL", "resolution");
		problem("/map/regions.geojson?level=CITY&colour=red", "colour");
	}

	@Test
	void givesARegionItsOutlineAndBoxInTheQueryForItsPage() {
		var response = this.graphQl
			.document("{ region(code: \"36.71\") { overview: boundary detail: boundary(resolution: DETAIL)"
					+ " boundingBox { west south east north } centroid { latitude longitude } } }")
			.execute();
		Map<String, Object> overview = response.path("region.overview").entity(Map.class).get();
		assertThat(overview.get("type")).isIn("Polygon", "MultiPolygon");
		assertThat(overview.get("coordinates")).isInstanceOf(List.class);
		response.path("region.detail.type").entity(String.class).satisfies((type) -> assertThat(type).isNotEmpty());
		double west = response.path("region.boundingBox.west").entity(Double.class).get();
		double east = response.path("region.boundingBox.east").entity(Double.class).get();
		double south = response.path("region.boundingBox.south").entity(Double.class).get();
		double north = response.path("region.boundingBox.north").entity(Double.class).get();
		double latitude = response.path("region.centroid.latitude").entity(Double.class).get();
		double longitude = response.path("region.centroid.longitude").entity(Double.class).get();
		assertThat(longitude).isBetween(west, east);
		assertThat(latitude).isBetween(south, north);
		assertThat(east - west).isBetween(0.05, 0.3);
	}

	@Test
	void countsDetailedBoundariesAgainstTheComplexityLimit() {
		GraphQlErrors.expectError(
				this.graphQl.document("{ regions(first: 100) { nodes { boundary(resolution: DETAIL) } } }").execute(),
				ErrorType.BAD_REQUEST, Map.of("limit", "maxComplexity"));
	}

	private static int highestArc(JsonNode references) {
		if (references.isNumber()) {
			int reference = references.asInt();
			return (reference < 0) ? ~reference : reference;
		}
		int highest = 0;
		for (JsonNode nested : references) {
			highest = Math.max(highest, highestArc(nested));
		}
		return highest;
	}

	private JsonNode get(String uri) {
		return JSON.readTree(Downloads.body(this.client, uri));
	}

	private void problem(String uri, String parameter) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo(parameter);
	}

	private static JsonNode feature(JsonNode features, String code) {
		for (JsonNode feature : features) {
			if (feature.get("id").asString().equals(code)) {
				return feature;
			}
		}
		throw new AssertionError("No feature " + code);
	}

}
