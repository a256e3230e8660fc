/**
 * Reading the published national mean SPM index.
 */
@NullMarked
package org.spmawards.persistence.average;

import org.jspecify.annotations.NullMarked;
