/**
 * CSV exports and the bulk download for data journalists.
 */
@NullMarked
package org.spmawards.api.export;

import org.jspecify.annotations.NullMarked;
