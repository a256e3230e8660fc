/**
 * The cache of query results, which every change of data invalidates.
 */
@NullMarked
package org.spmawards.api.cache;

import org.jspecify.annotations.NullMarked;
