package org.spmawards.api.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of a GraphQL WebSocket connection ({@code spm.graphql.websocket.*}), beside
 * Spring's {@code spring.graphql.websocket.keep-alive}, the interval of the server's
 * pings.
 *
 * @param pongTimeout how long a ping may go unanswered (no message at all from the
 * client) before the connection is closed with 4408
 * @param maxOperations the operations one connection may run at once (subscriptions
 * included); one more is answered with an {@code error} message, the connection stays
 * @param maxMessagesPerSecond the messages a client may send on one connection in a
 * second, on average and at once; more close the connection with 4429
 */
@ConfigurationProperties("spm.graphql.websocket")
public record WebSocketProperties(@DefaultValue("30s") Duration pongTimeout, @DefaultValue("100") int maxOperations,
		@DefaultValue("100") int maxMessagesPerSecond, @DefaultValue("500") int messageBurst) {

	/**
	 * Spring for GraphQL 2.0 reads a connection's messages with Reactor's {@code flatMap}
	 * at its default concurrency (256, one taken by the connection's keep-alive): more
	 * operations at once stall the connection (spring-graphql#1502 adds a limit of its
	 * own).
	 */
	static final int MOST_OPERATIONS = 250;

	public WebSocketProperties {
		if (pongTimeout.isNegative() || pongTimeout.isZero()) {
			throw new IllegalArgumentException(
					"spm.graphql.websocket.pong-timeout must be a positive duration, e.g. 30s, not " + pongTimeout);
		}
		if (maxOperations < 1 || maxOperations > MOST_OPERATIONS) {
			throw new IllegalArgumentException("spm.graphql.websocket.max-operations must be from 1 to "
					+ MOST_OPERATIONS + ", not " + maxOperations);
		}
		if (maxMessagesPerSecond < 1) {
			throw new IllegalArgumentException(
					"spm.graphql.websocket.max-messages-per-second must be at least 1, not " + maxMessagesPerSecond);
		}
		if (messageBurst < maxMessagesPerSecond) {
			throw new IllegalArgumentException("spm.graphql.websocket.message-burst must be at least"
					+ " spm.graphql.websocket.max-messages-per-second (" + maxMessagesPerSecond + "), not "
					+ messageBurst);
		}
	}

}
