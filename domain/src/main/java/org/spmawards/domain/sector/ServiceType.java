package org.spmawards.domain.sector;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.GovernmentLevel;

/**
 * One of the 43 types of basic service (jenis pelayanan dasar), owed by one level of
 * government within one SPM field.
 *
 * @param code the code, {@code <sector prefix>-<P|K>-<ordinal>}, e.g. {@code HEA-K-1}
 * @param sector the field
 * @param level the level of government that provides it
 * @param ordinal the position within the field and level, from 1
 * @param nameIndonesian the Indonesian name in the regulation
 * @param name the English name
 * @param recipients who is entitled to it, in English
 * @param verification how well the entry is verified
 */
public record ServiceType(String code, SectorCode sector, GovernmentLevel level, int ordinal, String nameIndonesian,
		String name, String recipients, Verification verification) {

	private static final Pattern CODE = Pattern.compile("("
			+ Arrays.stream(SectorCode.values()).map(SectorCode::serviceTypePrefix).collect(Collectors.joining("|"))
			+ ")-("
			+ Arrays.stream(GovernmentLevel.values()).map(GovernmentLevel::codeLetter).collect(Collectors.joining("|"))
			+ ")-[1-9][0-9]?");

	public ServiceType {
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(level, "level");
		String expected = sector.serviceTypePrefix() + "-" + level.codeLetter() + "-" + ordinal;
		if (!expected.equals(code)) {
			throw new IllegalArgumentException("Service type code '" + code + "' does not match its sector " + sector
					+ ", level " + level + " and ordinal " + ordinal + ": expected " + expected);
		}
		Objects.requireNonNull(nameIndonesian, "nameIndonesian");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(recipients, "recipients");
		Objects.requireNonNull(verification, "verification");
	}

	/**
	 * Returns whether a text has the form of a service type code: a field's prefix, the
	 * level's letter and a number, e.g. {@code HEA-K-1}.
	 * @param code the text
	 * @return {@code true} if it is in that form (the service type may still not exist)
	 */
	public static boolean isCode(String code) {
		return CODE.matcher(code).matches();
	}

}
