/**
 * SPM index values, sector detail, statistics, comparison, methodology and national
 * means.
 */
@NullMarked
package org.spmawards.api.index;

import org.jspecify.annotations.NullMarked;
