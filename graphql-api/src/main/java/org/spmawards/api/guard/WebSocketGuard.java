package org.spmawards.api.guard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.NettyPipeline;

/**
 * The limits of one connection once it is upgraded to a WebSocket: a client that leaves a
 * ping of the GraphQL protocol unanswered for the pong timeout is closed with 4408, one
 * that sends more messages than allowed with 4429. Until the upgrade it only watches for
 * the {@code 101} answer; the request's read timeout ends there.
 */
final class WebSocketGuard extends ChannelDuplexHandler {

	/** The name of this handler in a connection's pipeline. */
	static final String NAME = "spm.webSocketGuard";

	private static final Log logger = LogFactory.getLog(WebSocketGuard.class);

	private static final int PING_MAX_LENGTH = 200;

	/** How long a closed connection waits for the client's close frame. */
	private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

	private final WebSocketProperties properties;

	private boolean upgraded;

	private @Nullable Bucket messages;

	private @Nullable ScheduledFuture<?> unansweredPing;

	private boolean closing;

	private @Nullable ScheduledFuture<?> closeWait;

	WebSocketGuard(WebSocketProperties properties) {
		this.properties = properties;
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
		if (!this.upgraded && message instanceof HttpResponse response
				&& HttpResponseStatus.SWITCHING_PROTOCOLS.equals(response.status())) {
			this.upgraded = true;
			endReadTimeout(ctx);
			this.messages = Bucket.builder()
				.addLimit((limit) -> limit.capacity(this.properties.messageBurst())
					.refillGreedy(this.properties.maxMessagesPerSecond(), Duration.ofSeconds(1)))
				.build();
		}
		else if (this.upgraded && this.unansweredPing == null && isPing(message)) {
			long timeout = this.properties.pongTimeout().toMillis();
			this.unansweredPing = ctx.executor()
				.schedule(() -> close(ctx, 4408, "No answer to a ping for " + this.properties.pongTimeout().toSeconds()
						+ " s" + " (spm.graphql.websocket.pong-timeout)"), timeout, TimeUnit.MILLISECONDS);
		}
		super.write(ctx, message, promise);
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
		if (!this.upgraded || !(message instanceof WebSocketFrame)) {
			super.channelRead(ctx, message);
			return;
		}
		// any message answers a ping: the client is there
		if (this.unansweredPing != null) {
			this.unansweredPing.cancel(false);
			this.unansweredPing = null;
		}
		if (this.closing) {
			// the client's answer to our close ends the connection; what came before is
			// dropped unread
			if (message instanceof CloseWebSocketFrame) {
				ctx.close();
			}
			ReferenceCountUtil.release(message);
			return;
		}
		if (this.messages != null && !this.messages.tryConsume(1)) {
			ReferenceCountUtil.release(message);
			close(ctx, 4429,
					"Too many messages: at most " + this.properties.maxMessagesPerSecond() + " a second, "
							+ this.properties.messageBurst()
							+ " at once (spm.graphql.websocket.max-messages-per-second," + " message-burst)");
			return;
		}
		super.channelRead(ctx, message);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		if (this.unansweredPing != null) {
			this.unansweredPing.cancel(false);
		}
		if (this.closeWait != null) {
			this.closeWait.cancel(false);
		}
		super.channelInactive(ctx);
	}

	/**
	 * Ends the read timeout of the upgrade request: Reactor Netty stops it at the
	 * request's last content, which its WebSocket operations never pass on (reactor-netty
	 * 1.3.6), so it would close the WebSocket after the read timeout of silence.
	 */
	private static void endReadTimeout(ChannelHandlerContext ctx) {
		if (ctx.pipeline().get(NettyPipeline.ReadTimeoutHandler) != null) {
			ctx.pipeline().remove(NettyPipeline.ReadTimeoutHandler);
		}
	}

	private void close(ChannelHandlerContext ctx, int code, String reason) {
		if (this.closing || !ctx.channel().isActive()) {
			return;
		}
		this.closing = true;
		logger.info("Closing the WebSocket of " + ctx.channel().remoteAddress() + " with " + code + ": " + reason);
		// a close frame's reason holds at most 123 bytes
		String shown = (reason.length() > 123) ? reason.substring(0, 123) : reason;
		// The closing handshake of RFC 6455, 7.1.1: the close frame, then the end of our
		// output, then reading (and dropping) until the client's close or the wait ends.
		// Closing the socket at once, as Reactor Netty's sendClose does, answers what the
		// client is still sending with a TCP reset, which can discard the close frame
		// before the client reads it.
		ctx.writeAndFlush(new CloseWebSocketFrame(code, shown)).addListener((ChannelFutureListener) (written) -> {
			if (written.isSuccess() && written.channel() instanceof DuplexChannel duplex) {
				duplex.shutdownOutput();
			}
			else {
				written.channel().close();
			}
		});
		this.closeWait = ctx.executor().schedule(() -> {
			ctx.close();
		}, CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Whether a message is the GraphQL protocol's ping, {@code {"type":"ping"}}. */
	private static boolean isPing(Object message) {
		if (!(message instanceof TextWebSocketFrame frame) || frame.content().readableBytes() > PING_MAX_LENGTH) {
			return false;
		}
		String text = frame.content().toString(StandardCharsets.UTF_8);
		return text.replace(" ", "").contains("\"type\":\"ping\"");
	}

}
