/**
 * How graphql-java executes this API's queries: the completion of plain properties in one
 * pass, and data loaders made on demand. The rule of this package: a fast path beside the
 * framework's own stays only where {@code bench/ab} shows it (the commit that adds it
 * says by how much), has a property that turns it off
 * ({@code spm.graphql.direct-completion.enabled},
 * {@code spm.graphql.on-demand-data-loaders.enabled}), is tested both ways (the
 * differential {@code DirectCompletionTests}; {@code DataLoaderSwitchTests}), and names
 * the upstream issue that would retire it (graphql-java#1902, java-dataloader#67).
 */
@NullMarked
package org.spmawards.api.execution;

import org.jspecify.annotations.NullMarked;
