/**
 * An embedded PostgreSQL for running the service with no database of its own.
 */
@NullMarked
package org.spmawards.api.embedded;

import org.jspecify.annotations.NullMarked;
