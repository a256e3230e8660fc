/**
 * Rankings read in one statement each: the entries of a page, what their ranks mean, and
 * what a ranking covers and leaves out.
 */
@NullMarked
package org.spmawards.persistence.ranking;

import org.jspecify.annotations.NullMarked;
