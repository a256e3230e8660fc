package org.spmawards.api.http;

import java.util.List;

import org.spmawards.persistence.replica.ReadRouting;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets the requests of the public read paths ({@code /graphql}, {@code /export},
 * {@code /map}...) read from a streaming replica ({@link ReadRouting}); imports, the
 * actuator and everything else use the primary.
 */
final class ReplicaReads implements WebFilter, Ordered {

	private final List<String> paths;

	ReplicaReads(List<String> paths) {
		this.paths = paths;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		for (String prefix : this.paths) {
			if (path.equals(prefix) || path.startsWith(prefix + "/")) {
				return chain.filter(exchange).contextWrite(ReadRouting::onReplicas);
			}
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
