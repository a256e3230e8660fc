/**
 * Limits on what one GraphQL request may ask: size, depth, complexity; and the cache of
 * parsed and validated documents.
 */
@NullMarked
package org.spmawards.api.limits;

import org.jspecify.annotations.NullMarked;
