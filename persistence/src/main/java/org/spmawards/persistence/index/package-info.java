/**
 * The SPM index: methodology, service achievements, the ranked index values and their
 * recomputation.
 */
@NullMarked
package org.spmawards.persistence.index;

import org.jspecify.annotations.NullMarked;
