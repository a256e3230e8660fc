package org.spmawards.api.errors;

/**
 * This instance serves as much as it may of something (subscribers): answered as
 * {@code UNAVAILABLE}, to be retried later or on another instance.
 */
public class CapacityExceededException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what is full and what to do, for the client
	 */
	public CapacityExceededException(String message) {
		super(message, null, false, false);
	}

}
