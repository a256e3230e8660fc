/**
 * How graphql-java executes this API's queries: the completion of plain properties in one
 * pass, and data loaders made on demand. The rule of this package: a fast path beside the
 * framework's own stays only where {@code bench/ab} shows it (the commit that adds it
 * says by how much), has a property that turns it off
 * ({@code spm.graphql.direct-completion.enabled}), is checked against the framework's
 * answer by a differential test ({@code DirectCompletionTests}), and names the upstream
 * issue that would retire it.
 */
@NullMarked
package org.spmawards.api.execution;

import org.jspecify.annotations.NullMarked;
