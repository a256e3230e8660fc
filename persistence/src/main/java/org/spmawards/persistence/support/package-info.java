/**
 * What the repositories share: pages and column mapping, the data version and what a read
 * covers of it, and the driver's plumbing (cancellation, observed statements).
 */
@NullMarked
package org.spmawards.persistence.support;

import org.jspecify.annotations.NullMarked;
