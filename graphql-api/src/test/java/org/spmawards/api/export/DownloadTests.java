package org.spmawards.api.export;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download is sent with its length when it is small, and as it is made when it is
 * large: then it is never held whole, whatever its rows.
 */
class DownloadTests {

	@Test
	void sendsASmallFileWhole() {
		WebTestClient client = client(Flux.range(0, 10).map((part) -> new byte[1000]), new AtomicInteger());
		client.get()
			.uri("/file")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.consumeWith((result) -> assertThat(result.getResponseBody()).hasSize(10_000));
	}

	@Test
	void sendsALargeFileAsItIsMadeWithoutHoldingIt() {
		AtomicInteger made = new AtomicInteger();
		// 8 MB in parts of 10 kB
		WebTestClient client = client(Flux.range(0, 800).map((part) -> new byte[10_000]), made);
		// the answer is ready while most of the file is still to be made; gathered whole,
		// all 800 parts were made first
		ServerResponse answer = CsvResponses
			.download(Flux.range(0, 800).map((part) -> new byte[10_000]).doOnNext((part) -> made.incrementAndGet()),
					CsvResponses.CSV, "file.csv")
			.block();
		assertThat(answer).isNotNull();
		assertThat(made.get()).isLessThan(800);
		made.set(0);
		assertThat(client.get().uri("/file").exchange().expectBody().returnResult().getResponseBody())
			.hasSize(8_000_000);
		assertThat(made).hasValue(800);
	}

	private static WebTestClient client(Flux<byte[]> parts, AtomicInteger made) {
		return WebTestClient
			.bindToRouterFunction(RouterFunctions.route()
				.GET("/file",
						(request) -> CsvResponses.download(parts.doOnNext((part) -> made.incrementAndGet()),
								CsvResponses.CSV, "file.csv"))
				.build())
			.configureClient()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

}
