/**
 * Regions side by side.
 */
@NullMarked
package org.spmawards.api.comparison;

import org.jspecify.annotations.NullMarked;
