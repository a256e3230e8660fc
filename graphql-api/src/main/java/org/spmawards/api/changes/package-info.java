/**
 * What changed in the data, for readers that follow it: the change feeds (Atom and JSON
 * Feed, one entry per data revision and per award edition) and each revision's page of
 * changed rows and moved ranks.
 */
@NullMarked
package org.spmawards.api.changes;

import org.jspecify.annotations.NullMarked;
