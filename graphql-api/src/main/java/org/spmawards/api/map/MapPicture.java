package org.spmawards.api.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A choropleth map as a picture for an article: the regions filled with the explorer's
 * colours of their achievement levels, cities also as dots so that a national map shows
 * them, a title, the coverage, a legend, a DEMO watermark on demo data and a source line.
 * One drawing on Java2D gives both formats: SVG through JFreeSVG, PNG through
 * {@link ImageIO}. In the SVG, each region's shape carries its code as its {@code id}.
 */
final class MapPicture implements Drawing {

	/** The explorer's colours of the achievement levels (explore.js), lowest first. */
	static final Map<String, Color> PALETTE = Map.of("BELUM_TUNTAS", new Color(0xffffcc), "TUNTAS_MUDA",
			new Color(0xc7e9b4), "TUNTAS_PRATAMA", new Color(0x7fcdbb), "TUNTAS_MADYA", new Color(0x41b6c4),
			"TUNTAS_UTAMA", new Color(0x2c7fb8), "TUNTAS_PARIPURNA", new Color(0x253494));

	/** A region without a value. */
	static final Color NO_VALUE = new Color(0xbdbdbd);

	/** A value whose level is not known. */
	static final Color LEVEL_UNKNOWN = Color.WHITE;

	static final Color INK = new Color(0x1d2430);

	static final Color OUTLINE = new Color(0x4d4d4d);

	static final int MARGIN = 20;

	static final int HEADER = 74;

	static final int FOOTER = 84;

	private final int width;

	private final int height;

	private final List<Shape> shapes;

	private final Texts texts;

	private final List<LegendEntry> legend;

	private MapPicture(int width, int height, List<Shape> shapes, Texts texts, List<LegendEntry> legend) {
		this.width = width;
		this.height = height;
		this.shapes = shapes;
		this.texts = texts;
		this.legend = legend;
	}

	/**
	 * Lays out a map: the regions projected (longitude and latitude as they are, which
	 * near the equator distorts little) to fill the width.
	 * @param regions each region's code, boundary, fill and whether to mark it with a dot
	 * @param texts the words on the picture
	 * @param legend the legend's entries
	 * @param width the width in pixels
	 * @return the picture
	 */
	static MapPicture of(List<Region> regions, Texts texts, List<LegendEntry> legend, int width) {
		double west = Double.MAX_VALUE;
		double east = -Double.MAX_VALUE;
		double south = Double.MAX_VALUE;
		double north = -Double.MAX_VALUE;
		for (Region region : regions) {
			BoundingBox box = region.boundary().boundingBox();
			west = Math.min(west, box.west());
			east = Math.max(east, box.east());
			south = Math.min(south, box.south());
			north = Math.max(north, box.north());
		}
		double scale = (width - 2.0 * MARGIN) / Math.max(east - west, 0.01);
		int mapHeight = (int) Math.ceil((north - south) * scale);
		AffineTransform projection = new AffineTransform(scale, 0, 0, -scale, MARGIN - west * scale,
				HEADER + north * scale);
		double dot = Math.max(2.5, width / 300.0);
		List<Shape> shapes = new ArrayList<>(regions.size());
		for (Region region : regions) {
			Path2D outline = path(region.boundary().geometry());
			outline.transform(projection);
			Ellipse2D marker = null;
			if (region.dot()) {
				Rectangle2D bounds = outline.getBounds2D();
				marker = new Ellipse2D.Double(bounds.getCenterX() - dot, bounds.getCenterY() - dot, 2 * dot, 2 * dot);
			}
			shapes.add(new Shape(region.code(), outline, marker, region.fill()));
		}
		return new MapPicture(width, HEADER + mapHeight + FOOTER, shapes, texts, legend);
	}

	@Override
	public String svg() {
		return svg(this.width, this.height, this::draw);
	}

	/**
	 * Draws a picture as an SVG document.
	 * @param width its width
	 * @param height its height
	 * @param drawing what draws it
	 * @return the SVG
	 */
	static String svg(int width, int height, Consumer<Graphics2D> drawing) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		drawing.accept(graphics);
		return graphics.getSVGDocument();
	}

	@Override
	public byte[] png() {
		return png(this.width, this.height, this::draw);
	}

	/**
	 * Draws a picture as a PNG image.
	 * @param width its width
	 * @param height its height
	 * @param drawing what draws it
	 * @return the PNG's bytes
	 */
	static byte[] png(int width, int height, Consumer<Graphics2D> drawing) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			drawing.accept(graphics);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private void draw(Graphics2D graphics) {
		frame(graphics, this.width, this.height, this.texts, this.legend);
		graphics.setStroke(new BasicStroke(0.5f));
		for (Shape shape : this.shapes) {
			graphics.setColor(shape.fill());
			if (graphics instanceof SVGGraphics2D) {
				graphics.setRenderingHint(SVGHints.KEY_ELEMENT_ID, shape.code());
			}
			graphics.fill(shape.outline());
			graphics.setColor(OUTLINE);
			graphics.draw(shape.outline());
		}
		graphics.setStroke(new BasicStroke(0.8f));
		for (Shape shape : this.shapes) {
			if (shape.dot() != null) {
				graphics.setColor(shape.fill());
				if (graphics instanceof SVGGraphics2D) {
					graphics.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "dot-" + shape.code());
				}
				graphics.fill(shape.dot());
				graphics.setColor(OUTLINE);
				graphics.draw(shape.dot());
			}
		}
		watermark(graphics, this.width, this.height, this.texts);
	}

	/**
	 * Draws what every picture has: the white ground, the title, the coverage, the legend
	 * and the source line, in the header ({@value #HEADER} px) and footer
	 * ({@value #FOOTER} px).
	 * @param graphics where to draw
	 * @param width the picture's width
	 * @param height the picture's height
	 * @param texts its words
	 * @param legend its legend
	 */
	static void frame(Graphics2D graphics, int width, int height, Texts texts, List<LegendEntry> legend) {
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(INK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
		graphics.drawString(texts.title(), MARGIN, 30);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
		graphics.drawString(texts.coverage(), MARGIN, 54);
		legend(graphics, width, height, legend);
		graphics.setColor(INK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		graphics.drawString(texts.source(), MARGIN, height - 14);
	}

	/**
	 * Draws the warning across a picture of demo data, if its texts have one; drawn last.
	 * @param graphics where to draw
	 * @param width the picture's width
	 * @param height the picture's height
	 * @param texts its words
	 */
	static void watermark(Graphics2D graphics, int width, int height, Texts texts) {
		if (texts.watermark() != null) {
			graphics.setColor(new Color(0xb0, 0x00, 0x20, 0x40));
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(24, width / 12)));
			graphics.drawString(texts.watermark(), MARGIN, HEADER + (height - HEADER - FOOTER) / 2 + 20);
		}
	}

	private static void legend(Graphics2D graphics, int width, int height, List<LegendEntry> legend) {
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		int x = MARGIN;
		int y = height - FOOTER + 22;
		for (LegendEntry entry : legend) {
			int labelWidth = graphics.getFontMetrics().stringWidth(entry.label());
			if (x + 18 + labelWidth > width - MARGIN) {
				x = MARGIN;
				y += 20;
			}
			graphics.setColor(entry.colour());
			graphics.fillRect(x, y - 11, 14, 14);
			graphics.setColor(OUTLINE);
			graphics.drawRect(x, y - 11, 14, 14);
			graphics.setColor(INK);
			graphics.drawString(entry.label(), x + 18, y);
			x += 18 + labelWidth + 16;
		}
	}

	/** A GeoJSON polygon or multipolygon as a path in longitude and latitude. */
	private static Path2D path(JsonNode geometry) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		JsonNode coordinates = geometry.get("coordinates");
		if ("Polygon".equals(geometry.get("type").asString())) {
			rings(path, coordinates);
		}
		else {
			for (JsonNode polygon : coordinates) {
				rings(path, polygon);
			}
		}
		return path;
	}

	private static void rings(Path2D path, JsonNode polygon) {
		for (JsonNode ring : polygon) {
			boolean first = true;
			for (JsonNode point : ring) {
				if (first) {
					path.moveTo(point.get(0).asDouble(), point.get(1).asDouble());
					first = false;
				}
				else {
					path.lineTo(point.get(0).asDouble(), point.get(1).asDouble());
				}
			}
			path.closePath();
		}
	}

	/**
	 * A region to draw.
	 *
	 * @param code its code, the id of its shape in the SVG
	 * @param boundary its outline
	 * @param fill its colour
	 * @param dot whether to mark it with a dot too, so that a small region shows
	 */
	record Region(String code, Boundary boundary, Color fill, boolean dot) {

	}

	/**
	 * The words on a picture.
	 *
	 * @param title what the map shows
	 * @param coverage how many of the regions have a value
	 * @param source where the data comes from, with the data version
	 * @param watermark a warning across the map (demo data), or {@code null}
	 */
	record Texts(String title, String coverage, String source, @Nullable String watermark) {

	}

	/**
	 * An entry of the legend.
	 *
	 * @param colour its colour
	 * @param label its label
	 */
	record LegendEntry(Color colour, String label) {

	}

	private record Shape(String code, Path2D outline, @Nullable Ellipse2D dot, Color fill) {

	}

}
