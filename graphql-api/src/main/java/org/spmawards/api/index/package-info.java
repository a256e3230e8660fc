/**
 * The fields of SPM index values: ranks, a region's history, the change since an earlier
 * year and the weakest services.
 */
@NullMarked
package org.spmawards.api.index;

import org.jspecify.annotations.NullMarked;
