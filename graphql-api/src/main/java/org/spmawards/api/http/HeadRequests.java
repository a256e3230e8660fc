package org.spmawards.api.http;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers {@code HEAD} wherever {@code GET} is answered: the request is handled as a
 * {@code GET}, and the server sends the headers (with the body's length) but not the
 * body.
 */
final class HeadRequests implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.HEAD) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request((request) -> request.method(HttpMethod.GET)).build());
	}

	@Override
	public int getOrder() {
		// after the request log and CORS, before the HTTP caching
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
