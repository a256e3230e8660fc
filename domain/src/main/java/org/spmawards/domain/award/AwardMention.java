package org.spmawards.domain.award;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.ranking.RankScope;
import org.spmawards.domain.region.RegionCode;

/**
 * A published nominee or rank at one edition.
 *
 * @param editionYear the year of the edition
 * @param category the national category it belongs to
 * @param kind nominee, national rank or regional rank
 * @param rank the published rank, or {@code null} for a nominee or where sources disagree
 * @param rankScope what the rank ranks among (national, or a region group), or
 * {@code null} when there is no rank or it is not recorded
 * @param region the region named
 * @param provenance where the fact comes from
 */
public record AwardMention(int editionYear, AwardCategory category, MentionKind kind, @Nullable Integer rank,
		@Nullable RankScope rankScope, RegionCode region, Provenance provenance) {

	public AwardMention {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(provenance, "provenance");
		if (!category.placed()) {
			throw new IllegalArgumentException("Mentions belong to PROVINCE, REGENCY or CITY, not " + category);
		}
		if (!category.admits(region.level())) {
			throw new IllegalArgumentException(category + " mentions name a " + category.regionLevel() + ", but "
					+ region + " is a " + region.level());
		}
		if (rank != null && rank < 1) {
			throw new IllegalArgumentException("A rank starts at 1, not " + rank);
		}
		if (rankScope != null && rank == null) {
			throw new IllegalArgumentException("A rank scope belongs to a rank");
		}
	}

}
