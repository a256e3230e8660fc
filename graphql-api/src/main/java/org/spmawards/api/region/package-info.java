/**
 * The regions part of the GraphQL API.
 */
@NullMarked
package org.spmawards.api.region;

import org.jspecify.annotations.NullMarked;
