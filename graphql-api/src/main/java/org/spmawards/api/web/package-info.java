/**
 * The plumbing of the plain HTTP routes: the admin token, checked query parameters, and
 * the notes a request leaves for the request log.
 */
@NullMarked
package org.spmawards.api.web;

import org.jspecify.annotations.NullMarked;
