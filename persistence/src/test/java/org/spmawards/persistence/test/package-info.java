/**
 * Test support shared by every module's database tests: a throw-away PostgreSQL database.
 */
@NullMarked
package org.spmawards.persistence.test;

import org.jspecify.annotations.NullMarked;
