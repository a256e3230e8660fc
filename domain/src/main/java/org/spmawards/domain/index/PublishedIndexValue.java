package org.spmawards.domain.index;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;

/**
 * An SPM index value that was published for a region and fiscal year: curated from
 * publications or imported from the ministry. It takes precedence over a value this
 * service computes.
 *
 * @param fiscalYear the fiscal year the value rates
 * @param region the region
 * @param sector the field, or {@code null} for the overall index
 * @param value the published value
 * @param status final, or from a preliminary evaluation
 * @param publishedRank the rank published with the value, or {@code null}
 * @param achievementLevel the published achievement level code, or {@code null}
 * @param provenance where the value comes from
 */
public record PublishedIndexValue(int fiscalYear, RegionCode region, @Nullable SectorCode sector, Score value,
		IndexStatus status, @Nullable PublishedRank publishedRank, @Nullable String achievementLevel,
		Provenance provenance) {

	public PublishedIndexValue {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(provenance, "provenance");
	}

}
