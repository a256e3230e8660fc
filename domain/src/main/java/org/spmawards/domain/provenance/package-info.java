/**
 * Where a fact comes from and how well it is verified.
 */
@NullMarked
package org.spmawards.domain.provenance;

import org.jspecify.annotations.NullMarked;
