package org.spmawards.persistence.config;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a database the service cannot reach at start-up (the migrations connect first)
 * in one sentence, the driver's, which names the host and port, instead of the stack
 * trace of the bean that failed.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = String.valueOf(cause.getSQLState());
		// 08: connection exception; 28: invalid authorization; 3D000: no such database
		if (!state.startsWith("08") && !state.startsWith("28") && !state.equals("3D000")) {
			return null;
		}
		return new FailureAnalysis("Cannot connect to the database: " + cause.getMessage(),
				"Check SPM_DATABASE_URL (postgres://user:password@host:port/database): the server must run, be"
						+ " reachable and accept that user and database. Leave it unset to use the embedded PostgreSQL.",
				cause);
	}

}
