/**
 * Reading SPM fields and service types.
 */
@NullMarked
package org.spmawards.persistence.sector;

import org.jspecify.annotations.NullMarked;
