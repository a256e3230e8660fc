package org.spmawards.persistence.imports;

/**
 * What a file imports.
 */
public enum ImportKind {

	/**
	 * Service-level achievement data: target, served and quality per region and service
	 * type.
	 */
	ACHIEVEMENTS,

	/** Published SPM index values, overall or per field, with national ranks. */
	INDEX_VALUES

}
