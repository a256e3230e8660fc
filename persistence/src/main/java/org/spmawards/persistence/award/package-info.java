/**
 * Reading award editions, results and mentions.
 */
@NullMarked
package org.spmawards.persistence.award;

import org.jspecify.annotations.NullMarked;
