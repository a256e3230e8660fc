package org.spmawards.api.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A global ID (Relay object identification): the type of an object and its key within the
 * type, e.g. {@code Region} and {@code 36.71}, encoded as opaque URL-safe Base64 so that
 * clients use it whole and never parse it.
 *
 * @param type the schema type
 * @param key the object's key within its type
 */
public record GlobalId(String type, String key) {

	public GlobalId {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(key, "key");
	}

	/**
	 * Returns the encoded ID.
	 * @return the opaque text
	 */
	public String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes an ID.
	 * @param id the opaque text
	 * @return the ID, or {@code null} if the text is not an ID of this API
	 */
	public static @Nullable GlobalId decode(String id) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = text.indexOf(':');
		if (colon < 1 || colon == text.length() - 1) {
			return null;
		}
		return new GlobalId(text.substring(0, colon), text.substring(colon + 1));
	}

}
