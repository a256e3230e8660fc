package org.spmawards.domain.index;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.IndexRanks;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;

/**
 * The SPM index of a region for one fiscal year, overall or for one field, as this
 * service holds it: the published value where there is one, else the value computed from
 * service achievements, with its ranks.
 *
 * @param fiscalYear the fiscal year
 * @param region the region
 * @param sector the field, or {@code null} for the overall index
 * @param value the value, rounded to two decimals
 * @param status final, or from a preliminary evaluation
 * @param achievementLevel the achievement level's code, or {@code null} if unknown
 * @param achievementLevelOrigin {@code PUBLISHED} when the level was published with the
 * value, {@code COMPUTED} when this service derived it from the methodology's cut-offs;
 * {@code null} without a level
 * @param completeness for a computed value, how many of the services owed it was computed
 * from; {@code null} for a published value
 * @param ranks the published, computed and national ranks
 * @param origin published or computed
 * @param provenance where the value comes from
 */
public record IndexValue(int fiscalYear, RegionCode region, @Nullable SectorCode sector, Score value,
		IndexStatus status, @Nullable String achievementLevel, @Nullable Origin achievementLevelOrigin,
		@Nullable Completeness completeness, IndexRanks ranks, Origin origin,
		Provenance provenance) implements IndexFigure {

	public IndexValue {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(ranks, "ranks");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(provenance, "provenance");
		if ((achievementLevel == null) != (achievementLevelOrigin == null)) {
			throw new IllegalArgumentException("An achievement level and its origin come together");
		}
		if ((origin == Origin.COMPUTED) != (completeness != null)) {
			throw new IllegalArgumentException("A computed value, and only a computed value, has a completeness");
		}
	}

	/**
	 * Returns the ranking category: the region's level.
	 * @return province, regency or city
	 */
	public RegionLevel category() {
		return this.region.level();
	}

	/**
	 * Returns where the achievement level comes from: the value's own provenance for a
	 * level published with it, else a provenance of its own that says this service
	 * derived it from the provisional cut-offs.
	 * @return the provenance, or {@code null} without a level
	 */
	public @Nullable Provenance achievementLevelProvenance() {
		if (this.achievementLevelOrigin == null) {
			return null;
		}
		if (this.achievementLevelOrigin == Origin.PUBLISHED) {
			return this.provenance;
		}
		boolean synthetic = this.provenance.verification() == Verification.SYNTHETIC;
		return new Provenance(synthetic ? Verification.SYNTHETIC : Verification.COMPUTED, List.of(),
				"Derived by this service from the value " + this.value + " with the provisional cut-offs of the"
						+ " achievement levels: not a published level");
	}

	/**
	 * Returns the standard competition rank among the ranked final values of the
	 * category.
	 * @return the rank, or {@code null} for a value left out of the ranking
	 */
	public @Nullable Integer rank() {
		return this.ranks.rank();
	}

}
