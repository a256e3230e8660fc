package org.spmawards.api.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The derived boundaries keep what the source boundaries have, measured with JTS on every
 * region and province: every geometry valid, every centroid of the reference data that
 * lies within 1 km of its source polygon still within 1 km, and the regencies' overlap
 * and each province's difference from the union of its regencies grown by at most 0.1
 * percentage points. The source figures are computed here, not typed in.
 */
class BoundaryGeometryTests {

	private static final double LIMIT_METRES = 1000;

	private static final double GROWTH = 0.001;

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, Layers> RESOLUTIONS = new LinkedHashMap<>();

	private static Map<String, Point> centroids;

	private static Layers source;

	@BeforeAll
	static void read() {
		source = new Layers(read("data/regions/source/provinces.geojson"),
				read("data/regions/source/regencies.geojson"));
		for (MapResolution resolution : MapResolution.values()) {
			String suffix = resolution.fileSuffix();
			RESOLUTIONS.put(suffix, new Layers(read(Boundaries.LOCATION + "provinces-" + suffix + ".geojson"),
					read(Boundaries.LOCATION + "regencies-" + suffix + ".geojson")));
		}
		centroids = centroids();
	}

	@Test
	void hasAValidGeometryForEveryRegionAtEveryResolution() {
		assertThat(source.provinces()).hasSize(38);
		assertThat(source.regencies()).hasSize(514);
		assertThat(invalid(source)).as("invalid source geometries").isEmpty();
		RESOLUTIONS.forEach((resolution, layers) -> {
			assertThat(layers.provinces().keySet()).as(resolution).isEqualTo(source.provinces().keySet());
			assertThat(layers.regencies().keySet()).as(resolution).isEqualTo(source.regencies().keySet());
			assertThat(invalid(layers)).as("invalid geometries at " + resolution).isEmpty();
		});
	}

	@Test
	void keepsEveryCentroidThatLayWithinOneKilometreOfItsPolygon() {
		List<String> near = new ArrayList<>();
		centroids.forEach((code, centroid) -> {
			if (metresBetween(source.regencies().get(code), centroid) <= LIMIT_METRES) {
				near.add(code);
			}
		});
		// most centroids lie on their land; the others are island groups' centroids at
		// sea
		assertThat(near).hasSizeBetween(480, 514);
		RESOLUTIONS.forEach((resolution, layers) -> {
			for (String code : near) {
				assertThat(metresBetween(layers.regencies().get(code), centroids.get(code)))
					.as("%s at %s", code, resolution)
					.isLessThanOrEqualTo(LIMIT_METRES);
			}
		});
	}

	@Test
	void growsTheRegenciesOverlapByAtMostATenthOfAPercentagePoint() {
		double atSource = overlapShare(source);
		assertThat(atSource).isBetween(0.0, 0.01);
		RESOLUTIONS.forEach((resolution, layers) -> assertThat(overlapShare(layers)).as(resolution)
			.isLessThanOrEqualTo(atSource + GROWTH));
	}

	@Test
	void growsEachProvincesDifferenceFromItsRegenciesByAtMostATenthOfAPercentagePoint() {
		Map<String, Double> atSource = provinceDifferences(source);
		assertThat(atSource.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isBetween(0.01,
				0.1);
		RESOLUTIONS.forEach((resolution, layers) -> provinceDifferences(layers)
			.forEach((province, difference) -> assertThat(difference).as("%s at %s", province, resolution)
				.isLessThanOrEqualTo(atSource.get(province) + GROWTH)));
	}

	private static List<String> invalid(Layers layers) {
		List<String> invalid = new ArrayList<>();
		layers.provinces().forEach((code, geometry) -> add(invalid, code, geometry));
		layers.regencies().forEach((code, geometry) -> add(invalid, code, geometry));
		return invalid;
	}

	private static void add(List<String> invalid, String code, Geometry geometry) {
		if (!geometry.isValid() || geometry.isEmpty()) {
			invalid.add(code);
		}
	}

	/** The share of the regencies' area that two regencies of a province both claim. */
	private static double overlapShare(Layers layers) {
		double claimed = 0;
		double covered = 0;
		for (Map.Entry<String, List<Geometry>> regencies : byProvince(layers).entrySet()) {
			claimed += regencies.getValue().stream().mapToDouble(Geometry::getArea).sum();
			covered += layers.union(regencies.getKey(), regencies.getValue()).getArea();
		}
		return (claimed - covered) / claimed;
	}

	/**
	 * How much of each province's area its outline and the union of its regencies differ
	 * by.
	 */
	private static Map<String, Double> provinceDifferences(Layers layers) {
		Map<String, Double> differences = new TreeMap<>();
		byProvince(layers).forEach((code, regencies) -> {
			Geometry province = layers.provinces().get(code);
			Geometry union = layers.union(code, regencies);
			// the area of the symmetric difference, from the intersection's (much faster)
			double common = OverlayNGRobust.overlay(province, union, OverlayNG.INTERSECTION).getArea();
			differences.put(code, (province.getArea() + union.getArea() - 2 * common) / province.getArea());
		});
		return differences;
	}

	private static Map<String, List<Geometry>> byProvince(Layers layers) {
		Map<String, List<Geometry>> regencies = new TreeMap<>();
		layers.regencies()
			.forEach((code, geometry) -> regencies.computeIfAbsent(code.substring(0, 2), (unused) -> new ArrayList<>())
				.add(geometry));
		return regencies;
	}

	/**
	 * The distance in metres from a point to the nearest point of a geometry (0 inside).
	 */
	private static double metresBetween(Geometry geometry, Point point) {
		Coordinate[] nearest = DistanceOp.nearestPoints(geometry, point);
		double latitude1 = Math.toRadians(nearest[0].y);
		double latitude2 = Math.toRadians(nearest[1].y);
		double dLatitude = latitude2 - latitude1;
		double dLongitude = Math.toRadians(nearest[1].x - nearest[0].x);
		double a = Math.pow(Math.sin(dLatitude / 2), 2)
				+ Math.cos(latitude1) * Math.cos(latitude2) * Math.pow(Math.sin(dLongitude / 2), 2);
		return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
	}

	/** The centroids of the regencies and cities in the reference data. */
	private static Map<String, Point> centroids() {
		Map<String, Point> centroids = new TreeMap<>();
		String[] lines = text("data/regions/region_attributes.csv").split("\n");
		List<String> header = List.of(lines[0].split(","));
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",", -1);
			String code = cells[header.indexOf("code")];
			String latitude = cells[header.indexOf("centroid_lat")];
			String longitude = cells[header.indexOf("centroid_lng")];
			if (code.contains(".") && !latitude.isEmpty() && !longitude.isEmpty()) {
				centroids.put(code, GEOMETRIES
					.createPoint(new Coordinate(Double.parseDouble(longitude), Double.parseDouble(latitude))));
			}
		}
		return centroids;
	}

	private static Map<String, Geometry> read(String path) {
		Map<String, Geometry> geometries = new TreeMap<>();
		for (JsonNode feature : JSON.readTree(text(path)).get("features")) {
			geometries.put(feature.get("id").asString(), geometry(feature.get("geometry")));
		}
		return geometries;
	}

	private static Geometry geometry(JsonNode geometry) {
		JsonNode coordinates = geometry.get("coordinates");
		return switch (geometry.get("type").asString()) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				coordinates.forEach((polygon) -> polygons.add(polygon(polygon)));
				yield GEOMETRIES.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new IllegalStateException("Not a polygon: " + geometry.get("type"));
		};
	}

	private static Polygon polygon(JsonNode rings) {
		List<LinearRing> all = new ArrayList<>();
		for (JsonNode ring : rings) {
			List<Coordinate> points = new ArrayList<>();
			ring.forEach(
					(position) -> points.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble())));
			all.add(GEOMETRIES.createLinearRing(points.toArray(Coordinate[]::new)));
		}
		return GEOMETRIES.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
	}

	private static String text(String path) {
		try (InputStream stream = new ClassPathResource(path).getInputStream()) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Layers(Map<String, Geometry> provinces, Map<String, Geometry> regencies,
			Map<String, Geometry> unions) {

		Layers(Map<String, Geometry> provinces, Map<String, Geometry> regencies) {
			this(provinces, regencies, new ConcurrentHashMap<>());
		}

		/** The union of a province's regencies, computed once. */
		Geometry union(String province, List<Geometry> regencies) {
			return this.unions.computeIfAbsent(province, (unused) -> OverlayNGRobust.union(regencies));
		}

	}

}
