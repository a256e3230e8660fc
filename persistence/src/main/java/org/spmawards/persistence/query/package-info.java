/**
 * Custom queries for data journalists: typed filters, ordering and grouped statistics
 * over index values and service achievements, rendered to SQL by Spring Data Relational's
 * SQL builder with every value bound as a parameter.
 */
@NullMarked
package org.spmawards.persistence.query;

import org.jspecify.annotations.NullMarked;
