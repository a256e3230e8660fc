/**
 * The SPM fields and service types part of the GraphQL API.
 */
@NullMarked
package org.spmawards.api.sector;

import org.jspecify.annotations.NullMarked;
