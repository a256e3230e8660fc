package org.spmawards.api.guard;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.ConnectionObserver;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;

/**
 * The HTTP server's own limits: a request that started arriving must go on arriving, with
 * no pause longer than the read timeout (so that a connection holding partial headers or
 * a partial body is closed), and one address may hold at most so many connections open
 * (the connections over it are closed as they open). Connections that send nothing at all
 * are closed by {@code server.netty.idle-timeout}; a WebSocket by its own limits
 * ({@link WebSocketGuard}).
 */
final class ConnectionGuard implements NettyServerCustomizer {

	private static final Log logger = LogFactory.getLog(ConnectionGuard.class);

	private final GuardProperties properties;

	private final WebSocketProperties webSocket;

	private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

	ConnectionGuard(GuardProperties properties, WebSocketProperties webSocket) {
		this.properties = properties;
		this.webSocket = webSocket;
	}

	@Override
	public HttpServer apply(HttpServer server) {
		// a read timeout, not a request timeout: an import may upload for minutes
		return server.readTimeout(this.properties.readTimeout()).doOnChannelInit(this::guard);
	}

	private void guard(ConnectionObserver observer, Channel channel, @Nullable SocketAddress given) {
		// beside the HTTP codec, where a WebSocket's frames pass once it is upgraded
		if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
			channel.pipeline()
				.addAfter(NettyPipeline.HttpCodec, WebSocketGuard.NAME, new WebSocketGuard(this.webSocket));
		}
		limitConnections(channel, given);
	}

	private void limitConnections(Channel channel, @Nullable SocketAddress given) {
		SocketAddress remote = (channel.remoteAddress() != null) ? channel.remoteAddress() : given;
		if (!(remote instanceof InetSocketAddress address) || address.getAddress() == null
				|| (this.properties.exemptLoopback() && address.getAddress().isLoopbackAddress())) {
			return;
		}
		String client = address.getAddress().getHostAddress();
		AtomicInteger count = this.open.computeIfAbsent(client, (key) -> new AtomicInteger());
		int connections = count.incrementAndGet();
		channel.closeFuture().addListener((closed) -> {
			if (count.decrementAndGet() == 0) {
				this.open.remove(client, count);
			}
		});
		if (connections > this.properties.maxConnectionsPerClient()) {
			if (connections == this.properties.maxConnectionsPerClient() + 1) {
				logger.warn("Closing connections from " + client + ": over " + this.properties.maxConnectionsPerClient()
						+ " open at once (spm.guard.max-connections-per-client)");
			}
			channel.close();
		}
	}

}
