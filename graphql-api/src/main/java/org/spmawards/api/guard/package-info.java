/**
 * What keeps abusive traffic from crowding out everyone else: a rate limit per client
 * (answered with 429 and {@code Retry-After}), a limit on the connections one address may
 * hold open, and timeouts for connections that send nothing or too slowly.
 */
@NullMarked
package org.spmawards.api.guard;

import org.jspecify.annotations.NullMarked;
