/**
 * How graphql-java executes this API's queries: the completion of plain properties in one
 * pass.
 */
@NullMarked
package org.spmawards.api.execution;

import org.jspecify.annotations.NullMarked;
