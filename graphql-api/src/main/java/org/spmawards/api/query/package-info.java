/**
 * Journalists' custom queries: filters, ordering and grouped statistics.
 */
@NullMarked
package org.spmawards.api.query;

import org.jspecify.annotations.NullMarked;
