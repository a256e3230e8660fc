package org.spmawards.persistence.support;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactoryOptions;

/**
 * The driver options of every connection this service opens, to the primary and to the
 * read replicas.
 */
public final class DriverOptions {

	/**
	 * How many statements a connection keeps prepared; past that the least recently used
	 * is closed. PostgreSQL holds each prepared statement and its plan in the
	 * connection's memory, and the driver's default keeps every one for the connection's
	 * life, while a custom query's text differs with its filter's form and its page.
	 */
	public static final int PREPARED_STATEMENTS = 256;

	private DriverOptions() {
	}

	/**
	 * Sets the options: rows in PostgreSQL's binary format (numbers and arrays are read
	 * as bytes instead of parsed from text), and at most {@link #PREPARED_STATEMENTS}
	 * prepared statements per connection.
	 * @param options the connection factory's options
	 * @return the options
	 */
	public static ConnectionFactoryOptions.Builder apply(ConnectionFactoryOptions.Builder options) {
		return options.option(PostgresqlConnectionFactoryProvider.FORCE_BINARY, true)
			.option(PostgresqlConnectionFactoryProvider.PREPARED_STATEMENT_CACHE_QUERIES, PREPARED_STATEMENTS);
	}

}
