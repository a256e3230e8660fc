package org.spmawards.api.map;

import org.spmawards.domain.region.RegionCode;
import tools.jackson.databind.JsonNode;

/**
 * A region's boundary at one resolution.
 *
 * @param region the region
 * @param geometry the GeoJSON geometry, a {@code Polygon} or {@code MultiPolygon}
 * @param geometryJson the same, as JSON text, written into feature collections as it is
 * @param boundingBox the box around it
 */
public record Boundary(RegionCode region, JsonNode geometry, String geometryJson, BoundingBox boundingBox) {

}
