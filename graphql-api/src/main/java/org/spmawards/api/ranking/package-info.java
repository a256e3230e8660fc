/**
 * Rankings of regions by their SPM index.
 */
@NullMarked
package org.spmawards.api.ranking;

import org.jspecify.annotations.NullMarked;
