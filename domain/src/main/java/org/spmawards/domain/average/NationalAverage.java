package org.spmawards.domain.average;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;

/**
 * The published national mean SPM index for one fiscal year.
 *
 * @param fiscalYear the fiscal year
 * @param scope the regions it is taken over
 * @param value the published mean
 * @param achievementLevel the published achievement level code, or {@code null}
 * @param provenance where the figure comes from; the note records conflicting figures
 */
public record NationalAverage(int fiscalYear, AverageScope scope, Score value, @Nullable String achievementLevel,
		Provenance provenance) {

	public NationalAverage {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(provenance, "provenance");
	}

}
