package org.spmawards.api.guard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over WebSocket client (graphql-transport-ws) that sends exactly what a test
 * tells it, on the JDK's WebSocket: it answers the server's pings only when told to, as a
 * browser tab's client does, and keeps every message and the close status.
 */
final class ProtocolClient implements WebSocket.Listener, AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final boolean answerPings;

	private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<String> closed = new CompletableFuture<>();

	private final AtomicInteger pings = new AtomicInteger();

	private final StringBuilder partial = new StringBuilder();

	private final WebSocket socket;

	private ProtocolClient(int port, boolean answerPings) {
		this.answerPings = answerPings;
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql-ws"), this)
			.join();
	}

	/**
	 * Connects and initialises the connection.
	 * @param port the service's port
	 * @param answerPings whether to answer the server's pings with pongs
	 * @return the client, acknowledged
	 */
	static ProtocolClient connect(int port, boolean answerPings) throws InterruptedException {
		ProtocolClient client = new ProtocolClient(port, answerPings);
		client.send(Map.of("type", "connection_init"));
		Map<String, Object> ack = client.next(Duration.ofSeconds(10));
		if (ack == null || !"connection_ack".equals(ack.get("type"))) {
			throw new IllegalStateException("No connection_ack: " + ack);
		}
		return client;
	}

	void subscribe(String id, String query) {
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
	}

	void send(Map<String, Object> message) {
		this.socket.sendText(json.writeValueAsString(message), true).join();
	}

	/** The next message other than a ping, or {@code null} after the time given. */
	Map<String, Object> next(Duration wait) throws InterruptedException {
		return this.messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Every message other than a ping that arrives within the time given. */
	List<Map<String, Object>> collect(Duration during) throws InterruptedException {
		List<Map<String, Object>> all = new ArrayList<>();
		long end = System.nanoTime() + during.toNanos();
		Map<String, Object> message;
		while ((message = next(Duration.ofNanos(Math.max(0, end - System.nanoTime())))) != null) {
			all.add(message);
		}
		return all;
	}

	int pings() {
		return this.pings.get();
	}

	/** The close status, {@code "code reason"}, once the server closed the connection. */
	CompletableFuture<String> closed() {
		return this.closed;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			@SuppressWarnings("unchecked")
			Map<String, Object> message = json.readValue(this.partial.toString(), Map.class);
			this.partial.setLength(0);
			if ("ping".equals(message.get("type"))) {
				this.pings.incrementAndGet();
				if (this.answerPings) {
					send(Map.of("type", "pong"));
				}
			}
			else {
				this.messages.add(message);
			}
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete(statusCode + " " + reason);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.closed.complete("error " + error);
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		}
		this.socket.abort();
	}

}
