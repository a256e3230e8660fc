package org.spmawards.domain.ranking;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The regions a published rank ranks a region among: all regions of its category
 * nationally, or those of a named group such as a province or a region group.
 *
 * @param kind national, within a province or within a region group
 * @param group the province or region group, by name; {@code null} for a national rank
 */
public record RankScope(Kind kind, @Nullable String group) {

	/** A national rank within the region's category. */
	public static final RankScope NATIONAL = new RankScope(Kind.NATIONAL, null);

	public RankScope {
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.NATIONAL) != (group == null || group.isBlank())) {
			throw new IllegalArgumentException("A " + kind + " rank scope "
					+ ((kind == Kind.NATIONAL) ? "names no group" : "needs the name of its group"));
		}
	}

	/**
	 * Returns whether the rank is national.
	 * @return {@code true} for a national rank
	 */
	public boolean national() {
		return this.kind == Kind.NATIONAL;
	}

	/**
	 * The kind of group a rank is within.
	 */
	public enum Kind {

		/** Every region of the category, nationally. */
		NATIONAL,

		/** The regions of the category within one province. */
		PROVINCE,

		/** The regions of the category within a region group, such as Sulawesi. */
		REGION_GROUP

	}

}
