package org.spmawards.domain.sector;

import java.util.Objects;

import org.spmawards.domain.provenance.Verification;

/**
 * One of the 43 types of basic service (jenis pelayanan dasar), owed by one level of
 * government within one SPM field.
 *
 * @param code the code, {@code <sector prefix>-<P|K>-<ordinal>}, e.g. {@code HEA-K-1}
 * @param sector the field
 * @param level the level of government that provides it
 * @param ordinal the position within the field and level, from 1
 * @param nameId the Indonesian name in the regulation
 * @param nameEn the English name
 * @param recipientsEn who is entitled to it, in English
 * @param verification how well the entry is verified
 */
public record ServiceType(String code, SectorCode sector, ServiceLevel level, int ordinal, String nameId, String nameEn,
		String recipientsEn, Verification verification) {

	public ServiceType {
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(level, "level");
		String expected = sector.serviceTypePrefix() + "-" + level.codeLetter() + "-" + ordinal;
		if (!expected.equals(code)) {
			throw new IllegalArgumentException("Service type code '" + code + "' does not match its sector " + sector
					+ ", level " + level + " and ordinal " + ordinal + ": expected " + expected);
		}
		Objects.requireNonNull(nameId, "nameId");
		Objects.requireNonNull(nameEn, "nameEn");
		Objects.requireNonNull(recipientsEn, "recipientsEn");
		Objects.requireNonNull(verification, "verification");
	}

}
