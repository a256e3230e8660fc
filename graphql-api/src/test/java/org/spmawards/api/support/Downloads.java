package org.spmawards.api.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reading the service's downloads in a test: the bulk zip, the national maps and their
 * pictures are larger than a test client takes by default.
 */
public final class Downloads {

	private static final int LARGEST = 64 * 1024 * 1024;

	private Downloads() {
	}

	/**
	 * Returns a client with room for the largest download.
	 * @param client the test's client
	 * @return the client, with room
	 */
	public static WebTestClient roomy(WebTestClient client) {
		return client.mutate().codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(LARGEST)).build();
	}

	/**
	 * Reads a download that must be answered with 200.
	 * @param client the client
	 * @param uri the download's address
	 * @return its bytes
	 */
	public static byte[] body(WebTestClient client, String uri) {
		return client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
	}

}
