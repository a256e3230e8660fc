package org.spmawards.persistence.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL address in the form {@code postgres://user:password@host:port/database},
 * as set in {@code SPM_DATABASE_URL}, with the R2DBC and JDBC URLs derived from it.
 *
 * @param host the server's host name
 * @param port the server's port
 * @param database the database name
 * @param username the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String host, int port, String database, @Nullable String username,
		@Nullable String password) {

	private static final int DEFAULT_PORT = 5432;

	public DatabaseUrl {
		if (host.isEmpty() || database.isEmpty()) {
			throw new IllegalArgumentException("A database URL needs a host and a database name");
		}
	}

	/**
	 * Parses a {@code postgres://} or {@code postgresql://} URL.
	 * @param url the URL
	 * @return the parsed address
	 * @throws IllegalArgumentException if the URL is not of that form; the message does
	 * not repeat the URL, which may hold a password
	 */
	public static DatabaseUrl parse(String url) {
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			throw malformed();
		}
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw malformed();
		}
		String path = uri.getRawPath();
		if (uri.getHost() == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
			throw malformed();
		}
		String username = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] userInfo = uri.getRawUserInfo().split(":", 2);
			username = decode(userInfo[0]);
			password = (userInfo.length > 1) ? decode(userInfo[1]) : null;
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : DEFAULT_PORT;
		return new DatabaseUrl(uri.getHost(), port, decode(path.substring(1)), username, password);
	}

	private static IllegalArgumentException malformed() {
		return new IllegalArgumentException(
				"The database URL is not of the form postgres://user:password@host:port/database");
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/**
	 * Returns the same server with another database.
	 * @param name the other database's name
	 * @return the address of that database
	 */
	public DatabaseUrl withDatabase(String name) {
		return new DatabaseUrl(this.host, this.port, name, this.username, this.password);
	}

	/**
	 * Returns the R2DBC URL, without credentials.
	 * @return e.g. {@code r2dbc:postgresql://localhost:5432/spm}
	 */
	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + hostAndPort() + "/" + this.database;
	}

	/**
	 * Returns the JDBC URL, without credentials.
	 * @return e.g. {@code jdbc:postgresql://localhost:5432/spm}
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + hostAndPort() + "/" + this.database;
	}

	private String hostAndPort() {
		return (this.host.contains(":") ? "[" + this.host + "]" : this.host) + ":" + this.port;
	}

	@Override
	public String toString() {
		return "postgres://" + ((this.username != null) ? this.username + "@" : "") + hostAndPort() + "/"
				+ this.database;
	}

}
