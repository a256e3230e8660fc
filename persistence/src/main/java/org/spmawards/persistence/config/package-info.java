/**
 * Database connection settings and start-up checks.
 */
@NullMarked
package org.spmawards.persistence.config;

import org.jspecify.annotations.NullMarked;
