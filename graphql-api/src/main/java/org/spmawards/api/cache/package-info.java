/**
 * The cache of query results: an answer is served until a change of data touches what it
 * read, and answered again in the background after a change if it is asked for often.
 */
@NullMarked
package org.spmawards.api.cache;

import org.jspecify.annotations.NullMarked;
