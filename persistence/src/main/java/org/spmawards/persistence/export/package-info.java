/**
 * The CSV tables the service hands on to data journalists: stable, documented columns, in
 * a stable order, with provenance and sources.
 */
@NullMarked
package org.spmawards.persistence.export;

import org.jspecify.annotations.NullMarked;
