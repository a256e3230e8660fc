package org.spmawards.api.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link StartupFailure} as Spring Boot reports the failures it knows: the
 * cause and the action, with the stack trace at DEBUG only.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailure> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupFailure cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
