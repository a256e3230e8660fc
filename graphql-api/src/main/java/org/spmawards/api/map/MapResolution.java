package org.spmawards.api.map;

import java.util.Locale;

/**
 * How finely a boundary is drawn; each is a file of {@code data/regions/boundaries/}.
 */
public enum MapResolution {

	/** A national overview: simplified at about 400 m, on a 0.001° grid. */
	OVERVIEW,

	/** A province or region page: simplified at about 10 m, on a 0.0001° grid. */
	DETAIL;

	String fileSuffix() {
		return name().toLowerCase(Locale.ROOT);
	}

}
