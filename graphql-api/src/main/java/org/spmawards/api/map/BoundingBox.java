package org.spmawards.api.map;

/**
 * A longitude-latitude box in WGS84 degrees.
 *
 * @param west the westernmost longitude
 * @param south the southernmost latitude
 * @param east the easternmost longitude
 * @param north the northernmost latitude
 */
public record BoundingBox(double west, double south, double east, double north) {

	BoundingBox including(double longitude, double latitude) {
		return new BoundingBox(Math.min(this.west, longitude), Math.min(this.south, latitude),
				Math.max(this.east, longitude), Math.max(this.north, latitude));
	}

	static BoundingBox empty() {
		return new BoundingBox(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
				Double.NEGATIVE_INFINITY);
	}

}
