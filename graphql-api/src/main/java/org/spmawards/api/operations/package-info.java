/**
 * What an operator needs: health (liveness, and readiness with the database and the
 * reference data), info (version, commit, dataset, data version, last import), Prometheus
 * metrics with GraphQL operation names, a one-line log per request, and the admin token
 * in front of everything but health.
 */
@NullMarked
package org.spmawards.api.operations;

import org.jspecify.annotations.NullMarked;
