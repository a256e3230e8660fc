/**
 * Relay connections: page requests from {@code first}/{@code after} and
 * {@code last}/{@code before}, cursors bound to the data version, and pages as
 * connections.
 */
@NullMarked
package org.spmawards.api.paging;

import org.jspecify.annotations.NullMarked;
