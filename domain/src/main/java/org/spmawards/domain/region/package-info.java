/**
 * Indonesian regions (provinces, regencies and cities) keyed by their Kemendagri codes.
 */
@NullMarked
package org.spmawards.domain.region;

import org.jspecify.annotations.NullMarked;
