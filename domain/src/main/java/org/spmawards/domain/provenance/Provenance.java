package org.spmawards.domain.provenance;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from: how well it is verified, the publications it was read in and a
 * note on anything a reader should know.
 *
 * @param verification how well the fact is established
 * @param sources the addresses of the publications, in the order they were curated
 * @param note a remark on the fact, or {@code null}
 */
public record Provenance(Verification verification, List<URI> sources, @Nullable String note) {

	public Provenance {
		Objects.requireNonNull(verification, "verification");
		sources = List.copyOf(sources);
		for (URI source : sources) {
			if (!"https".equals(source.getScheme()) && !"http".equals(source.getScheme())) {
				throw new IllegalArgumentException("Source '" + source + "' is not an http(s) address");
			}
		}
		if (note != null && note.isBlank()) {
			note = null;
		}
	}

	/**
	 * Returns the provenance of a curated row: its verification code and its
	 * space-separated source addresses.
	 * @param verificationCode the curated verification code
	 * @param sources the source addresses separated by spaces, may be blank
	 * @param note the note, may be blank
	 * @return the provenance
	 */
	public static Provenance curated(String verificationCode, String sources, @Nullable String note) {
		List<URI> uris = Arrays.stream(sources.trim().split("\\s+"))
			.filter((source) -> !source.isEmpty())
			.map(URI::create)
			.toList();
		return new Provenance(Verification.fromCuratedCode(verificationCode), uris, note);
	}

	/**
	 * Returns the provenance of a synthetic demonstration value.
	 * @param note how it was generated
	 * @return the provenance
	 */
	public static Provenance synthetic(String note) {
		return new Provenance(Verification.SYNTHETIC, List.of(), note);
	}

}
