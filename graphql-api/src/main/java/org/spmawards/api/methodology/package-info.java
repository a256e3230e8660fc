/**
 * How the SPM index is computed.
 */
@NullMarked
package org.spmawards.api.methodology;

import org.jspecify.annotations.NullMarked;
