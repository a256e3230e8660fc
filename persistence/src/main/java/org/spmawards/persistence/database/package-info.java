/**
 * Where a database is: a {@code postgres://} address, read once for the primary, the read
 * replicas and the embedded database alike.
 */
@NullMarked
package org.spmawards.persistence.database;

import org.jspecify.annotations.NullMarked;
