/**
 * What the data fetchers share: argument checks, the selection read from the document,
 * the light fetchers and data loaders over the reference data in memory, and the wiring
 * of scalars and value objects.
 */
@NullMarked
package org.spmawards.api.fetching;

import org.jspecify.annotations.NullMarked;
