/**
 * Reading regions.
 */
@NullMarked
package org.spmawards.persistence.region;

import org.jspecify.annotations.NullMarked;
