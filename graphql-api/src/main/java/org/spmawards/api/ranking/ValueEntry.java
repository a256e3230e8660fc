package org.spmawards.api.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Completeness;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.ranking.RankScope;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.ranking.RankingRow;

/**
 * A region's place in a ranking read with the whole ranked value, as the schema's
 * {@code RankingEntry} shows it.
 *
 * @param id the entry's ID for caches ({@link RankingEntry#id()})
 * @param row the ranked index value, with its ranks and those of the year before
 * @param position the entry's place in the whole list, from 1
 * @param sectors the region's values per field that fiscal year, in the regulation's
 * order (read with the page only when asked for): whole {@link IndexValue}s, or only
 * their figures when the selection asks for nothing else
 */
public record ValueEntry(String id, RankingRow row, long position, List<IndexFigure> sectors) implements RankingEntry {

	@Override
	public RegionCode region() {
		return index().region();
	}

	public IndexValue index() {
		return this.row.value();
	}

	@Override
	public int rank() {
		return this.row.rank();
	}

	@Override
	public RankKind rankKind() {
		return this.row.rankKind();
	}

	public @Nullable Integer nationalRank() {
		return index().ranks().national();
	}

	public @Nullable Origin nationalRankOrigin() {
		return index().ranks().nationalOrigin();
	}

	public @Nullable Integer previousRank() {
		return this.row.previousNationalRank();
	}

	public @Nullable Integer rankChange() {
		return this.row.nationalRankChange();
	}

	public @Nullable Integer publishedRank() {
		PublishedRank published = index().ranks().published();
		return (published != null) ? published.rank() : null;
	}

	public @Nullable RankScope publishedRankScope() {
		PublishedRank published = index().ranks().published();
		return (published != null) ? published.scope() : null;
	}

	@Override
	public BigDecimal value() {
		return index().value().value();
	}

	public IndexStatus status() {
		return index().status();
	}

	public @Nullable Origin achievementLevelOrigin() {
		return index().achievementLevelOrigin();
	}

	public @Nullable Provenance achievementLevelProvenance() {
		return index().achievementLevelProvenance();
	}

	public @Nullable Completeness completeness() {
		return index().completeness();
	}

	public Origin origin() {
		return index().origin();
	}

	public Provenance provenance() {
		return index().provenance();
	}

}
