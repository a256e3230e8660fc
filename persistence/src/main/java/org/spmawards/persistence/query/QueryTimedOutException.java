package org.spmawards.persistence.query;

import java.time.Duration;

/**
 * PostgreSQL cancelled a custom query that ran longer than the statement timeout.
 */
public class QueryTimedOutException extends RuntimeException {

	QueryTimedOutException(Duration timeout, Throwable cause) {
		super("The query ran longer than " + timeout.toMillis() + " ms and was cancelled"
				+ " (spm.query.statement-timeout): narrow the filter, e.g. to one fiscal year or one province", cause);
	}

}
