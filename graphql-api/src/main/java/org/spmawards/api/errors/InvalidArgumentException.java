package org.spmawards.api.errors;

/**
 * A client passed an argument the API cannot accept; reported as a BAD_REQUEST error that
 * names the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	/**
	 * Creates an exception for one argument.
	 * @param argument the argument's name in the schema
	 * @param message what was wrong and what is accepted
	 */
	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/**
	 * Returns the name of the argument that was wrong.
	 * @return the name in the schema
	 */
	public String argument() {
		return this.argument;
	}

}
