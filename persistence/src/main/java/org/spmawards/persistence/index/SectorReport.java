package org.spmawards.persistence.index;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexValue;

/**
 * What one region reported in one field for one fiscal year, with the field's index
 * value.
 *
 * @param index the field's index value, or {@code null} if none is held
 * @param reported the achievements reported, by service type
 */
public record SectorReport(@Nullable IndexValue index, List<AchievementRow> reported) {

}
