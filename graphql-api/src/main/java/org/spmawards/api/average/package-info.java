/**
 * The published national means of the SPM index.
 */
@NullMarked
package org.spmawards.api.average;

import org.jspecify.annotations.NullMarked;
