package org.spmawards.api.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.handler.timeout.ReadTimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.ProblemResponses;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Requests broken on the wire, answered as the client's mistakes they are: a query string
 * with characters a URL may not hold (a raw byte such as {@code 0xFF}) gets 400 before
 * any handler parses it, and a body that stops arriving for the read timeout gets 408 and
 * the connection closed. Each is logged in one line at INFO, never as a server error.
 */
final class MalformedRequests implements WebFilter, WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(MalformedRequests.class);

	private static final AtomicBoolean droppedErrorsLogged = new AtomicBoolean();

	/** What a query string holds as it is besides letters and digits (RFC 3986). */
	private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";

	/**
	 * Logs an error that arrives after its request has ended (Reactor drops it) in one
	 * line at DEBUG when the client caused it (a body that stopped arriving, a client
	 * that left), with its stack trace at ERROR otherwise, as Reactor does.
	 */
	static void logDroppedErrors() {
		if (!droppedErrorsLogged.compareAndSet(false, true)) {
			// the hook is the JVM's, not one application context's
			return;
		}
		Hooks.onErrorDropped((ex) -> {
			if (causedBy(ex, ReadTimeoutException.class) || causedBy(ex, AbortedException.class)
					|| causedBy(ex, ClosedChannelException.class)) {
				logger.debug("After its request ended: " + ex);
			}
			else {
				logger.error("An error after its request ended", ex);
			}
		});
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		URI uri = exchange.getRequest().getURI();
		String query = uri.getRawQuery();
		if (query == null) {
			return chain.filter(exchange);
		}
		// one pass over the characters, by the rule Spring reads a query string with:
		// most
		// requests need nothing, and their URL is not parsed once more here
		String encoded = encodedQuery(query);
		if (query.equals(encoded)) {
			return chain.filter(exchange);
		}
		if (encoded == null) {
			logger.info(exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
					+ ": 400, a query string with bytes that are not UTF-8 text, or a broken %-escape");
			return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST,
					"The query string holds bytes that are not UTF-8 text, or a % that starts no %-escape:"
							+ " percent-encode the query as UTF-8 (encodeURIComponent in JavaScript,"
							+ " urllib.parse.quote in Python)",
					Map.of());
		}
		URI repaired = UriComponentsBuilder.fromUri(uri).replaceQuery(encoded).build(true).toUri();
		return chain.filter(exchange.mutate().request((request) -> request.uri(repaired)).build());
	}

	/**
	 * Percent-encodes what a client sent unencoded, as curl leaves any byte: bytes that
	 * are UTF-8 text, and printable characters a URL may not hold that Netty let through.
	 * The request line's bytes arrive one character each. A query string that needs
	 * nothing comes back equal: it reads as Spring reads a query parameter (RFC 3986's
	 * characters, {@code %} and two hex digits).
	 * @param query the raw query string
	 * @return the query string encoded, or {@code null} for a control character, bytes
	 * that are not UTF-8 or a % that starts no escape
	 */
	static @Nullable String encodedQuery(String query) {
		StringBuilder encoded = new StringBuilder(query.length() + 16);
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c < 0x20 || c == 0x7f || c > 0xff) {
				return null;
			}
			if (c == '%') {
				if (i + 2 >= query.length() || !HexFormat.isHexDigit(query.charAt(i + 1))
						|| !HexFormat.isHexDigit(query.charAt(i + 2))) {
					return null;
				}
				encoded.append(c);
			}
			else if (c >= 0x80) {
				int end = i;
				while (end < query.length() && query.charAt(end) >= 0x80 && query.charAt(end) <= 0xff) {
					end++;
				}
				byte[] bytes = query.substring(i, end).getBytes(StandardCharsets.ISO_8859_1);
				try {
					StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
				}
				catch (CharacterCodingException ex) {
					return null;
				}
				for (byte b : bytes) {
					encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
				}
				i = end - 1;
			}
			else if (ALLOWED.indexOf(c) >= 0 || Character.isLetterOrDigit(c)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
			}
		}
		return encoded.toString();
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (!causedBy(ex, ReadTimeoutException.class)) {
			return Mono.error(ex);
		}
		logger.info(exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
				+ ": 408, the request stopped arriving (spm.guard.read-timeout)");
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.getHeaders().set(HttpHeaders.CONNECTION, "close");
		return ProblemResponses.write(exchange, HttpStatus.REQUEST_TIMEOUT,
				"The request stopped arriving: no byte came for the read timeout (spm.guard.read-timeout);"
						+ " the connection is closed",
				Map.of());
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		// after the request log and the rate limit, so that the 400 is logged and
		// counted; as an exception handler before Spring Boot's, which would answer 500
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
