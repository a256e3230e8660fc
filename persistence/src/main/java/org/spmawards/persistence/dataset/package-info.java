/**
 * Which data a database holds (official or the synthetic demo dataset), and the demo
 * dataset's generator.
 */
@NullMarked
package org.spmawards.persistence.dataset;

import org.jspecify.annotations.NullMarked;
