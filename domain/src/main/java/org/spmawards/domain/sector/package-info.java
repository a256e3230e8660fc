/**
 * The six SPM fields and their 43 basic-service types.
 */
@NullMarked
package org.spmawards.domain.sector;

import org.jspecify.annotations.NullMarked;
