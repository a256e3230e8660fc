package org.spmawards.api.errors;

import org.reactivestreams.Publisher;
import org.spmawards.persistence.replica.ReadRouting;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Runs a query once more when it failed only because the database could not be reached:
 * after a database restart, a pooled connection may look alive until its first statement
 * fails, and by the second run the pool has let it go. Every GraphQL operation of this
 * API reads, so running one again is safe; while the database is really down, the second
 * run fails as fast as the first, and the answer is the 503. Next in the chain after the
 * request budget, within it. The second run reads from the primary, in case a read
 * replica was what went away.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class StaleConnectionRetry implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// the second run reads from the primary: a replica that just went away may not be
		// known to be gone yet
		return chain.next(request)
			.flatMap((response) -> onlyUnavailable(response) ? chain.next(request).contextWrite(ReadRouting::onPrimary)
					: Mono.just(response));
	}

	private static boolean onlyUnavailable(WebGraphQlResponse response) {
		// the errors first: a kept answer has none, and its data would have to be decoded
		return UnavailableErrors.only(response.getErrors()) && !(response.getData() instanceof Publisher<?>);
	}

}
