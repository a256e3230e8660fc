package org.spmawards.api.data;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dataChanged} over WebSocket and over Server-Sent Events: both subscribers hear
 * of an import, with what changed; over the subscriber limit, an UNAVAILABLE error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=subscriptions", "spm.admin-token=subscriptions-token",
		"spm.graphql.max-subscribers=2" })
class DataChangedSubscriptionTests {

	private static final String SUBSCRIPTION = "subscription { dataChanged { version kind fiscalYear editions"
			+ " changedAt } }";

	@LocalServerPort
	int port;

	@Test
	void tellsWebSocketAndEventStreamSubscribersOfAnImport() throws Exception {
		WebSocketGraphQlTester webSocket = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql-ws"), new ReactorNettyWebSocketClient())
			.build();
		Sinks.Many<Map<?, ?>> heard = Sinks.many().replay().all();
		Disposable overWebSocket = webSocket.document(SUBSCRIPTION)
			.executeSubscription()
			.toFlux("dataChanged", Map.class)
			.subscribe(heard::tryEmitNext);
		Sinks.Many<String> events = Sinks.many().replay().all();
		Disposable overEventStream = eventStream().subscribe(events::tryEmitNext);
		try {
			// both subscribed: a third is refused
			Thread.sleep(1000);
			String third = eventStream().take(Duration.ofSeconds(3)).collectList().block().toString();
			assertThat(third).contains("UNAVAILABLE", "spm.graphql.max-subscribers");

			long imported = importOneFile();
			Map<?, ?> change = heard.asFlux().blockFirst(Duration.ofSeconds(10));
			System.out.println("The WebSocket subscriber heard of the import "
					+ Duration.ofNanos(System.nanoTime() - imported).toMillis() + " ms after it committed");
			assertThat(change.get("kind")).isEqualTo("ACHIEVEMENTS");
			assertThat(change.get("fiscalYear")).isEqualTo(2024);
			assertThat(change.get("editions")).isEqualTo(List.of(2025));
			String event = events.asFlux()
				.filter((data) -> data.contains("dataChanged"))
				.blockFirst(Duration.ofSeconds(10));
			assertThat(event).contains("\"kind\":\"ACHIEVEMENTS\"", "\"fiscalYear\":2024", "\"editions\":[2025]");
		}
		finally {
			overWebSocket.dispose();
			overEventStream.dispose();
		}
	}

	/** The subscription over Server-Sent Events: the data of its events. */
	private Flux<String> eventStream() {
		return WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("query", SUBSCRIPTION))
			.retrieve()
			.bodyToFlux(String.class);
	}

	private long importOneFile() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
				.header("Authorization", "Bearer subscriptions-token")
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers
					.ofString("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,90,100\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.body()).contains("\"status\":\"IMPORTED\"");
		return System.nanoTime();
	}

}
