package org.spmawards.api.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * The admin token ({@code SPM_ADMIN_TOKEN}) as an {@code Authorization: Bearer} header
 * carries it, compared in constant time. The scheme is case-insensitive and may be
 * followed by more than one space (RFC 9110, section 11.1).
 */
public final class BearerToken {

	private static final String SCHEME = "Bearer";

	private final byte[] expected;

	/**
	 * Creates the check of a token.
	 * @param token the token
	 */
	public BearerToken(String token) {
		this.expected = token.trim().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Returns whether an {@code Authorization} header carries the token.
	 * @param authorization the header, or {@code null}
	 * @return whether it matches
	 */
	public boolean matches(@Nullable String authorization) {
		if (authorization == null) {
			return false;
		}
		String header = authorization.trim();
		if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| !Character.isWhitespace(header.charAt(SCHEME.length()))) {
			return false;
		}
		byte[] given = header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.expected, given);
	}

}
