package org.spmawards.api.map;

/**
 * A picture laid out for one view, which draws itself in either format.
 */
interface Drawing {

	/**
	 * Returns the picture as an SVG document.
	 * @return the SVG
	 */
	String svg();

	/**
	 * Returns the picture as a PNG image.
	 * @return the PNG's bytes
	 */
	byte[] png();

}
