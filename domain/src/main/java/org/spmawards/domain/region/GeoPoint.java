package org.spmawards.domain.region;

/**
 * A WGS84 point.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

	public GeoPoint {
		if (latitude < -90 || latitude > 90) {
			throw new IllegalArgumentException("Latitude " + latitude + " is outside -90 to 90");
		}
		if (longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("Longitude " + longitude + " is outside -180 to 180");
		}
	}

}
