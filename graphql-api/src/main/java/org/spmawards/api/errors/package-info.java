/**
 * How failures are answered: typed GraphQL errors and problem details that name what was
 * wrong, the limits' and the database's unavailability, and the one retry of a stale
 * connection.
 */
@NullMarked
package org.spmawards.api.errors;

import org.jspecify.annotations.NullMarked;
