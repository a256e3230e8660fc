package org.spmawards.domain.sector;

import java.util.Objects;

/**
 * One of the six SPM fields, with its Indonesian and English names.
 *
 * @param code the field
 * @param nameIndonesian the Indonesian name in PP 2/2018
 * @param shortNameIndonesian the short Indonesian form used in reports (e.g.
 * Trantibumlinmas)
 * @param name the English name
 */
public record Sector(SectorCode code, String nameIndonesian, String shortNameIndonesian, String name) {

	public Sector {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(nameIndonesian, "nameIndonesian");
		Objects.requireNonNull(shortNameIndonesian, "shortNameIndonesian");
		Objects.requireNonNull(name, "name");
	}

}
