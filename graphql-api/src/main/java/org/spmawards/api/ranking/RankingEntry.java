package org.spmawards.api.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionCode;

/**
 * A region's place in a ranking, as the schema's {@code RankingEntry} shows it: read with
 * the whole ranked value ({@link ValueEntry}), or only with its figures
 * ({@link FigureEntry}) when the selection asks for no more than these methods serve.
 */
public sealed interface RankingEntry permits ValueEntry, FigureEntry {

	/**
	 * The fields of {@code RankingEntry} that every entry serves, a {@link FigureEntry}
	 * too: its accessors here, {@code region} and {@code __typename}.
	 */
	Set<String> FIGURE_FIELDS = Set.of("id", "rank", "rankKind", "position", "region", "value", "sectors",
			"__typename");

	/**
	 * Returns the entry's ID for caches: its ranking (edition, category, field, province
	 * and whether preliminary values are ranked) and its region.
	 * @return the opaque ID
	 */
	String id();

	RegionCode region();

	int rank();

	RankKind rankKind();

	long position();

	BigDecimal value();

	List<IndexFigure> sectors();

}
