package org.spmawards.api.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * A ranking as a bar chart for an article: the regions in the ranking's order (all of
 * them, or the top and bottom of a long ranking), each bar as long as its value on a
 * 0-100 scale and filled with the explorer's colour of its level, with the map's title,
 * coverage, legend, watermark and source line ({@link MapPicture#frame}). In the SVG,
 * each bar carries {@code bar-} and its region code as its {@code id}.
 */
final class RankingChart implements Drawing {

	private static final int ROW = 24;

	private final int width;

	private final int height;

	private final List<Bar> bars;

	private final MapPicture.Texts texts;

	private final List<MapPicture.LegendEntry> legend;

	private RankingChart(int width, List<Bar> bars, MapPicture.Texts texts, List<MapPicture.LegendEntry> legend) {
		this.width = width;
		long gaps = bars.stream().filter(Bar::gapBefore).count();
		this.height = MapPicture.HEADER + (int) (bars.size() + gaps) * ROW + 12 + MapPicture.FOOTER;
		this.bars = bars;
		this.texts = texts;
		this.legend = legend;
	}

	/**
	 * Lays out a chart.
	 * @param bars the bars, in the ranking's order
	 * @param texts the words on the chart
	 * @param legend the legend's entries
	 * @param width the width in pixels
	 * @return the chart
	 */
	static RankingChart of(List<Bar> bars, MapPicture.Texts texts, List<MapPicture.LegendEntry> legend, int width) {
		return new RankingChart(width, bars, texts, legend);
	}

	@Override
	public String svg() {
		return MapPicture.svg(this.width, this.height, this::draw);
	}

	@Override
	public byte[] png() {
		return MapPicture.png(this.width, this.height, this::draw);
	}

	private void draw(Graphics2D graphics) {
		MapPicture.frame(graphics, this.width, this.height, this.texts, this.legend);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		int labels = (int) (this.width * 0.38);
		int valueRoom = 56;
		double scale = (this.width - MapPicture.MARGIN - labels - valueRoom) / 100.0;
		int y = MapPicture.HEADER + 6;
		for (Bar bar : this.bars) {
			if (bar.gapBefore()) {
				graphics.setColor(MapPicture.INK);
				graphics.drawString("…", MapPicture.MARGIN, y + 16);
				y += ROW;
			}
			graphics.setColor(MapPicture.INK);
			graphics.drawString(fitted(graphics, bar.label(), labels - MapPicture.MARGIN - 8), MapPicture.MARGIN,
					y + 16);
			Rectangle2D shape = new Rectangle2D.Double(labels, y + 3, Math.max(1, bar.value() * scale), ROW - 6);
			graphics.setColor(bar.fill());
			if (graphics instanceof SVGGraphics2D) {
				graphics.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "bar-" + bar.code());
			}
			graphics.fill(shape);
			graphics.setColor(MapPicture.OUTLINE);
			graphics.draw(shape);
			graphics.setColor(MapPicture.INK);
			graphics.drawString(String.format(Locale.ROOT, "%.2f", bar.value()), (int) (shape.getMaxX() + 6), y + 16);
			y += ROW;
		}
		MapPicture.watermark(graphics, this.width, this.height, this.texts);
	}

	/** A label cut to the room it has, with an ellipsis when cut. */
	private static String fitted(Graphics2D graphics, String label, int room) {
		if (graphics.getFontMetrics().stringWidth(label) <= room) {
			return label;
		}
		String cut = label;
		while (cut.length() > 1 && graphics.getFontMetrics().stringWidth(cut + "…") > room) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

	/**
	 * A region's bar.
	 *
	 * @param code the region's code
	 * @param label what the bar is labelled with
	 * @param value the value, 0-100
	 * @param fill the colour of its level
	 * @param gapBefore whether bars of the ranking are left out before it
	 */
	record Bar(String code, String label, double value, Color fill, boolean gapBefore) {

	}

}
