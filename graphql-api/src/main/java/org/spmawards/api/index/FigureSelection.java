package org.spmawards.api.index;

import java.util.Set;

import org.spmawards.api.fetching.Selections;
import org.spmawards.domain.index.IndexFigure;

/**
 * Whether a selection of {@code IndexValue} fields asks for no more than an
 * {@link IndexFigure} serves (whose value it is, for which fiscal year and field, and the
 * value), so that the values can be read as four columns instead of nineteen.
 */
public final class FigureSelection {

	/** The fields of {@code IndexValue} that an {@link IndexFigure} serves. */
	public static final Set<String> FIGURE_FIELDS = Set.of("fiscalYear", "region", "sector", "value", "__typename");

	private FigureSelection() {
	}

	/**
	 * Returns whether the figures serve every selected field.
	 * @param fields the fields selected on the values
	 * @return whether each of them is a field of the figure
	 */
	public static boolean suffices(Selections fields) {
		return fields.allNamed(FIGURE_FIELDS);
	}

}
