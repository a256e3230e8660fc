package org.spmawards.domain.achievement;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The complete set of achievement levels, which together cover every index value from 0
 * up without gaps or overlaps. The cut-offs are data: they are provisional and may
 * change.
 *
 * @param levels the levels, from the highest band to the lowest
 */
public record AchievementScale(List<AchievementLevel> levels) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public AchievementScale {
		levels = levels.stream().sorted(Comparator.comparing(AchievementLevel::minInclusive).reversed()).toList();
		if (levels.isEmpty()) {
			throw new IllegalArgumentException("An achievement scale needs at least one level");
		}
		if (levels.get(0).maxExclusive() != null) {
			throw new IllegalArgumentException(
					"The highest achievement level " + levels.get(0).code() + " must have no upper bound");
		}
		for (int i = 1; i < levels.size(); i++) {
			AchievementLevel above = levels.get(i - 1);
			AchievementLevel level = levels.get(i);
			if (level.maxExclusive() == null || level.maxExclusive().compareTo(above.minInclusive()) != 0) {
				throw new IllegalArgumentException("Achievement level " + level.code() + " must end where "
						+ above.code() + " starts (" + above.minInclusive() + ")");
			}
		}
		AchievementLevel lowest = levels.get(levels.size() - 1);
		if (lowest.minInclusive().signum() != 0) {
			throw new IllegalArgumentException("The lowest achievement level " + lowest.code() + " must start at 0");
		}
	}

	/**
	 * Returns the level a value falls in.
	 * @param value an index value from 0 to 100
	 * @return the level
	 * @throws IllegalArgumentException if the value is outside 0 to 100
	 */
	public AchievementLevel levelOf(BigDecimal value) {
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("Index value " + value + " is outside 0 to 100");
		}
		return this.levels.stream()
			.filter((level) -> level.contains(value))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No achievement level contains " + value));
	}

}
