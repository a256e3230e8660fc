package org.spmawards.api.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The boundaries of the 38 provinces and the 514 regencies and cities at each
 * {@link MapResolution}, read from {@code data/regions/boundaries/} the first time a
 * resolution is asked for and kept in memory. They were derived from the source GeoJSON
 * by {@code geo/derive-boundaries} (see {@code BOUNDARIES.md} there).
 */
@Component
public class Boundaries {

	/** Where the files are, on the class path. */
	public static final String LOCATION = "data/regions/boundaries/";

	private final JsonMapper json;

	private final Map<String, Map<RegionCode, Boundary>> layers = new ConcurrentHashMap<>();

	private final Map<String, Topology> topologies = new ConcurrentHashMap<>();

	Boundaries(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Returns the file name of a layer, e.g. {@code regencies-overview.geojson}.
	 * @param level the level of the regions
	 * @param resolution the resolution
	 * @return the file's name in {@link #LOCATION}
	 */
	public static String fileName(RegionLevel level, MapResolution resolution) {
		return layerName(level) + "-" + resolution.fileSuffix() + ".geojson";
	}

	private static String layerName(RegionLevel level) {
		return (level == RegionLevel.PROVINCE) ? "provinces" : "regencies";
	}

	/**
	 * Returns a region's boundary.
	 * @param region the region
	 * @param resolution the resolution
	 * @return the boundary
	 * @throws IllegalStateException if the files have none for the region
	 */
	public Boundary find(RegionCode region, MapResolution resolution) {
		Boundary boundary = layer(region.level(), resolution).get(region);
		if (boundary == null) {
			throw new IllegalStateException("The boundary files have no geometry for region " + region.value());
		}
		return boundary;
	}

	/**
	 * Returns the boundaries of a layer: the provinces, or the regencies and cities.
	 * @param level the level of the regions (regencies and cities share a layer)
	 * @param resolution the resolution
	 * @return the boundaries by region, in code order
	 */
	public Map<RegionCode, Boundary> layer(RegionLevel level, MapResolution resolution) {
		return this.layers.computeIfAbsent(fileName(level, resolution), this::readLayer);
	}

	/**
	 * Returns the national overview of a layer as TopoJSON.
	 * @param level the level of the regions (regencies and cities share a layer)
	 * @return the topology
	 */
	public Topology topology(RegionLevel level) {
		return this.topologies.computeIfAbsent(layerName(level) + "-overview.topojson",
				(name) -> Topology.of(this.json, read(name)));
	}

	private Map<RegionCode, Boundary> readLayer(String name) {
		Map<RegionCode, Boundary> boundaries = new LinkedHashMap<>();
		for (JsonNode feature : read(name).get("features")) {
			RegionCode region = RegionCode.of(feature.get("id").asString());
			JsonNode geometry = feature.get("geometry");
			boundaries.put(region, new Boundary(region, geometry, this.json.writeValueAsString(geometry),
					boundingBox(geometry.get("coordinates"), BoundingBox.empty())));
		}
		return Collections.unmodifiableMap(boundaries);
	}

	private JsonNode read(String name) {
		try (InputStream stream = new ClassPathResource(LOCATION + name).getInputStream()) {
			return this.json.readTree(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The boundary file " + name + " is missing from the class path", ex);
		}
	}

	/** Widens a box by every position of nested GeoJSON coordinates. */
	private static BoundingBox boundingBox(JsonNode coordinates, BoundingBox box) {
		if (coordinates.isArray() && !coordinates.isEmpty() && coordinates.get(0).isNumber()) {
			return box.including(coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
		}
		BoundingBox widened = box;
		for (JsonNode nested : coordinates) {
			widened = boundingBox(nested, widened);
		}
		return widened;
	}

}
