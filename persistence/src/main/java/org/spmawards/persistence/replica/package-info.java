/**
 * Reads on streaming replicas, writes on the primary: the replicas' connection pools, the
 * routing of each read to a replica that holds the current data, and the check of each
 * replica's state.
 */
@NullMarked
package org.spmawards.persistence.replica;

import org.jspecify.annotations.NullMarked;
