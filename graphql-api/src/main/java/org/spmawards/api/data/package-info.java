/**
 * What data the service holds, and the history of its imports.
 */
@NullMarked
package org.spmawards.api.data;

import org.jspecify.annotations.NullMarked;
