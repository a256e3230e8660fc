/**
 * Small helpers shared by the repositories: pages and column mapping.
 */
@NullMarked
package org.spmawards.persistence.support;

import org.jspecify.annotations.NullMarked;
