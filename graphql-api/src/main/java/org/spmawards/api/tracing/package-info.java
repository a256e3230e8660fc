/**
 * The trace a request belongs to, as errors, problems and the request log name it.
 */
@NullMarked
package org.spmawards.api.tracing;

import org.jspecify.annotations.NullMarked;
