/**
 * The award editions and results part of the GraphQL API.
 */
@NullMarked
package org.spmawards.api.award;

import org.jspecify.annotations.NullMarked;
