/**
 * The bootable SPM Awards API.
 */
@NullMarked
package org.spmawards;

import org.jspecify.annotations.NullMarked;
