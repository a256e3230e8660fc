/**
 * Published national mean SPM index values.
 */
@NullMarked
package org.spmawards.domain.average;

import org.jspecify.annotations.NullMarked;
