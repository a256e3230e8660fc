package org.spmawards.persistence.imports;

import org.jspecify.annotations.Nullable;

/**
 * Which revisions a change feed lists: those of a fiscal year, and those that changed a
 * row or moved a rank of a province, a level or a sector. Every part is optional.
 *
 * @param fiscalYear the fiscal year, or {@code null}
 * @param provinceCode the province's two-digit code, or {@code null}
 * @param level {@code PROVINCE}, {@code REGENCY} or {@code CITY}, or {@code null}
 * @param sector the sector's code, or {@code null}
 */
public record ChangeFilter(@Nullable Integer fiscalYear, @Nullable String provinceCode, @Nullable String level,
		@Nullable String sector) {

	/** Every revision. */
	public static final ChangeFilter ALL = new ChangeFilter(null, null, null, null);

}
