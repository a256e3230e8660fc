/**
 * What every part of the GraphQL API shares: pagination, argument checks, error mapping,
 * scalars.
 */
@NullMarked
package org.spmawards.api.support;

import org.jspecify.annotations.NullMarked;
