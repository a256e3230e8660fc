package org.spmawards.persistence.imports;

/**
 * An import file is larger than the service accepts ({@code spm.imports.max-bytes}).
 */
public class ImportTooLargeException extends RuntimeException {

	ImportTooLargeException(long maxBytes) {
		super("The file is larger than " + maxBytes + " bytes, the most an import accepts (spm.imports.max-bytes)");
	}

}
