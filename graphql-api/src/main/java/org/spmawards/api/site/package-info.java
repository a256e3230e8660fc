/**
 * The front page and the guide, the pages a person opens first.
 */
@NullMarked
package org.spmawards.api.site;

import org.jspecify.annotations.NullMarked;
