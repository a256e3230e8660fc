package org.spmawards.domain.provenance;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * How well a fact is established, from two independent publications down to a value this
 * service computed or made up for demonstration.
 */
public enum Verification {

	/** Seen in two or more independent publications (curated code {@code V2}). */
	VERIFIED_MULTIPLE("V2"),

	/** Seen in one publication (curated code {@code V}). */
	VERIFIED_SINGLE("V"),

	/** Deduced from verified facts; the note says how (curated code {@code INFERRED}). */
	INFERRED("INFERRED"),

	/**
	 * A provisional wording or rule, not read in the regulation (curated code {@code G}).
	 */
	PROVISIONAL("G"),

	/**
	 * Imported as official data without the address of a publication: the importer
	 * vouches for it (the note says who, and which file), no publication does.
	 */
	UNSOURCED(null),

	/** Computed by this service from data it holds. */
	COMPUTED(null),

	/** Synthetic demonstration data; never a fact. */
	SYNTHETIC(null);

	private final @Nullable String curatedCode;

	Verification(@Nullable String curatedCode) {
		this.curatedCode = curatedCode;
	}

	/**
	 * Returns the verification for a code used in the curated data files ({@code V2},
	 * {@code V}, {@code INFERRED}, {@code G}).
	 * @param code the curated code
	 * @return the verification
	 * @throws IllegalArgumentException if the code is not one of the curated codes
	 */
	public static Verification fromCuratedCode(String code) {
		return Arrays.stream(values())
			.filter((verification) -> code.equals(verification.curatedCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown verification code '" + code + "': expected one of V2, V, INFERRED, G"));
	}

}
