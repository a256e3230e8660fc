/**
 * The global ID of every object a client may cache: its schema type and its key, encoded
 * opaquely. The features make the IDs of their objects; {@code api.node} finds objects by
 * them.
 */
@NullMarked
package org.spmawards.api.identity;

import org.jspecify.annotations.NullMarked;
