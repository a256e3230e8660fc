/**
 * SPM index values per region, fiscal year and sector.
 */
@NullMarked
package org.spmawards.domain.index;

import org.jspecify.annotations.NullMarked;
