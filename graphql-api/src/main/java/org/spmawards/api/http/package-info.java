/**
 * What browsers and HTTP caches need: GraphQL over GET and POST as the GraphQL-over-HTTP
 * specification describes it, persisted and trusted documents, CORS for the public
 * endpoints, ETags and Cache-Control for every read a URL names, and size limits answered
 * with 413.
 */
@NullMarked
package org.spmawards.api.http;

import org.jspecify.annotations.NullMarked;
