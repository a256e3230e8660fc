/**
 * Imports of official data from CSV files: validated before anything is written, applied
 * in one transaction per file, recorded as revisions.
 */
@NullMarked
package org.spmawards.persistence.imports;

import org.jspecify.annotations.NullMarked;
