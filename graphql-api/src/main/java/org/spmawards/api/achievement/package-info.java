/**
 * One field of one region down to its service achievements, and the fields of a service
 * achievement.
 */
@NullMarked
package org.spmawards.api.achievement;

import org.jspecify.annotations.NullMarked;
