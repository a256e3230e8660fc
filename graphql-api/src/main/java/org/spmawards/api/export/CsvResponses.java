package org.spmawards.api.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.BadParameterException;
import org.spmawards.api.support.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * What every CSV download shares: the media type, a file name that says what the file
 * holds (and {@code demo} for demo data), a streamed body, and a 400 problem for a query
 * parameter the export cannot take.
 */
public final class CsvResponses {

	/** CSV in UTF-8. */
	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final int LINES_PER_CHUNK = 256;

	private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

	private CsvResponses() {
	}

	/**
	 * Answers a file of CSV lines, streamed.
	 * @param lines the lines, header first, each ending in {@code \n}
	 * @param fileName the name to save the file as
	 * @return the answer
	 */
	public static Mono<ServerResponse> csv(Flux<String> lines, String fileName) {
		Flux<DataBuffer> body = lines.buffer(LINES_PER_CHUNK)
			.map((chunk) -> BUFFERS.wrap(String.join("", chunk).getBytes(StandardCharsets.UTF_8)));
		return ServerResponse.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(BodyInserters.fromDataBuffers(body));
	}

	/**
	 * Names a download after what it holds, with {@code demo} in the name of every demo
	 * download, e.g. {@code ranking-2025-city-overall-demo.csv}.
	 * @param demo whether the data is the demo dataset
	 * @param what what the file is
	 * @param parts what selects its rows; {@code null} parts are left out
	 * @return the file name
	 */
	public static String fileName(boolean demo, String what, @Nullable String... parts) {
		StringBuilder name = new StringBuilder(what);
		for (String part : parts) {
			if (part != null) {
				name.append('-').append(part.toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		}
		return name.append(demo ? "-demo" : "").append(".csv").toString();
	}

	/**
	 * Answers a parameter an export cannot take with a 400 problem that names it.
	 * @param handler the export
	 * @return the export, checked
	 */
	public static HandlerFunction<ServerResponse> checked(HandlerFunction<ServerResponse> handler) {
		return (request) -> Mono.defer(() -> handler.handle(request))
			.onErrorResume(BadParameterException.class, ProblemResponses::badParameter);
	}

}
