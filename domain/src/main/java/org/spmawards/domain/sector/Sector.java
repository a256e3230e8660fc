package org.spmawards.domain.sector;

import java.util.Objects;

/**
 * One of the six SPM fields, with its Indonesian and English names.
 *
 * @param code the field
 * @param nameId the Indonesian name in PP 2/2018
 * @param shortNameId the short Indonesian form used in reports (e.g. Trantibumlinmas)
 * @param nameEn the English name
 */
public record Sector(SectorCode code, String nameId, String shortNameId, String nameEn) {

	public Sector {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(nameId, "nameId");
		Objects.requireNonNull(shortNameId, "shortNameId");
		Objects.requireNonNull(nameEn, "nameEn");
	}

}
