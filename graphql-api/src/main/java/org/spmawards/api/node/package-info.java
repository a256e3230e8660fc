/**
 * Relay object identification: global IDs and the node and nodes lookups.
 */
@NullMarked
package org.spmawards.api.node;

import org.jspecify.annotations.NullMarked;
