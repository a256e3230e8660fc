package org.spmawards.api.errors;

/**
 * A query parameter of a plain HTTP route that is unknown, missing or malformed; answered
 * with a 400 problem that names it.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	/**
	 * Creates an exception for one parameter.
	 * @param parameter the parameter's name
	 * @param message what was wrong and what is accepted
	 */
	public BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/**
	 * Returns the name of the parameter to blame.
	 * @return the name
	 */
	public String parameter() {
		return this.parameter;
	}

}
