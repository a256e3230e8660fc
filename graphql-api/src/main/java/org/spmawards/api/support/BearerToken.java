package org.spmawards.api.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * The admin token ({@code SPM_ADMIN_TOKEN}) as an {@code Authorization: Bearer} header
 * carries it, compared in constant time.
 */
public final class BearerToken {

	private final byte[] expected;

	/**
	 * Creates the check of a token.
	 * @param token the token
	 */
	public BearerToken(String token) {
		this.expected = ("Bearer " + token.trim()).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Returns whether an {@code Authorization} header carries the token.
	 * @param authorization the header, or {@code null}
	 * @return whether it matches
	 */
	public boolean matches(@Nullable String authorization) {
		return authorization != null
				&& MessageDigest.isEqual(this.expected, authorization.trim().getBytes(StandardCharsets.UTF_8));
	}

}
