package org.spmawards.domain.average;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.GovernmentLevel;

/**
 * The published national mean SPM index for one fiscal year.
 *
 * @param fiscalYear the fiscal year
 * @param governmentLevel the tier of government it is taken over, or {@code null} for all
 * provinces, regencies and cities
 * @param value the published mean
 * @param achievementLevel the published achievement level code, or {@code null}
 * @param provenance where the figure comes from; the note records conflicting figures
 */
public record NationalAverage(int fiscalYear, @Nullable GovernmentLevel governmentLevel, Score value,
		@Nullable String achievementLevel, Provenance provenance) {

	public NationalAverage {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(provenance, "provenance");
	}

}
