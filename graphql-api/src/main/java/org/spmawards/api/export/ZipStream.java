package org.spmawards.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip archive piece by piece, handing back the compressed bytes each step
 * produced, so that an archive can be streamed without being held in memory. Entries get
 * a fixed time and fixed compression, so the same content always gives the same bytes;
 * the SHA-256 of every entry is kept for a checksum file.
 */
final class ZipStream {

	/**
	 * The time every entry carries: the earliest a zip entry can have, for reproducible
	 * archives.
	 */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private final ZipOutputStream zip = new ZipOutputStream(this.buffer);

	private final Map<String, String> checksums = new LinkedHashMap<>();

	private MessageDigest digest = sha256();

	private String entry = "";

	ZipStream() {
		this.zip.setLevel(Deflater.DEFAULT_COMPRESSION);
	}

	byte[] begin(String name) {
		ZipEntry zipEntry = new ZipEntry(name);
		zipEntry.setTimeLocal(ENTRY_TIME);
		this.entry = name;
		this.digest = sha256();
		return step(() -> this.zip.putNextEntry(zipEntry));
	}

	byte[] write(byte[] bytes) {
		this.digest.update(bytes);
		return step(() -> this.zip.write(bytes));
	}

	byte[] end() {
		this.checksums.put(this.entry, HexFormat.of().formatHex(this.digest.digest()));
		return step(this.zip::closeEntry);
	}

	byte[] finish() {
		return step(this.zip::finish);
	}

	/**
	 * Returns the SHA-256 of every entry ended so far.
	 * @return the hex digests, by entry name
	 */
	Map<String, String> checksums() {
		return Map.copyOf(this.checksums);
	}

	/**
	 * Returns the SHA-256 of every entry ended so far, in {@code sha256sum} format.
	 * @return the checksum file's text
	 */
	String checksumFile() {
		StringBuilder text = new StringBuilder();
		this.checksums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
		return text.toString();
	}

	private byte[] step(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] produced = this.buffer.toByteArray();
		this.buffer.reset();
		return produced;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface IoAction {

		void run() throws IOException;

	}

}
