package org.spmawards.api.embedded;

/**
 * A start-up that cannot go on, for a reason the operator can act on: reported by
 * {@link StartupFailureAnalyzer} as its cause and what to do, without a stack trace.
 */
public class StartupFailure extends RuntimeException {

	private final String action;

	/**
	 * Creates the failure.
	 * @param description what went wrong, in one sentence
	 * @param action what to do about it
	 * @param cause the underlying failure, logged at DEBUG only
	 */
	public StartupFailure(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/**
	 * Returns what to do about the failure.
	 * @return the action
	 */
	public String action() {
		return this.action;
	}

}
