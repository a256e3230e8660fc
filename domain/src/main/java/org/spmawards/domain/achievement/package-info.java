/**
 * Achievement levels (Tuntas Paripurna ... Belum Tuntas) and their cut-offs.
 */
@NullMarked
package org.spmawards.domain.achievement;

import org.jspecify.annotations.NullMarked;
