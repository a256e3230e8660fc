/**
 * SPM Awards editions, their winners, nominees and published ranks.
 */
@NullMarked
package org.spmawards.domain.award;

import org.jspecify.annotations.NullMarked;
