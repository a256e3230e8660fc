package org.spmawards.api.errors;

/**
 * An argument names something the service does not hold, such as an edition year without
 * an edition; reported as a NOT_FOUND error that names the argument.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	/**
	 * Creates an exception for one argument.
	 * @param argument the argument's name in the schema
	 * @param message what was not found and what exists
	 */
	public NotFoundException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/**
	 * Returns the name of the argument that named nothing.
	 * @return the name in the schema
	 */
	public String argument() {
		return this.argument;
	}

}
