/**
 * Loading the curated reference data (regions, sectors, service types, awards) as a
 * versioned migration.
 */
@NullMarked
package org.spmawards.persistence.reference;

import org.jspecify.annotations.NullMarked;
