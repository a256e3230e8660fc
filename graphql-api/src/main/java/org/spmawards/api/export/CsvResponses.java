package org.spmawards.api.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.errors.NotFoundException;
import org.spmawards.api.errors.ProblemResponses;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * What every CSV download shares: the media type, a file name that says what the file
 * holds (and {@code demo} for demo data), a body of known length (so that {@code HEAD}
 * and caches see its {@code Content-Length}), and a 400 problem for a query parameter the
 * export cannot take.
 */
public final class CsvResponses {

	/** CSV in UTF-8. */
	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvResponses() {
	}

	/** The query parameter that asks for a byte-order mark, {@code bom=true}. */
	public static final String BOM = "bom";

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * Answers a file of CSV lines.
	 * @param lines the lines, header first, each ending in {@code \n}
	 * @param fileName the name to save the file as
	 * @param byteOrderMark whether the file starts with UTF-8's byte-order mark, by which
	 * Excel knows the encoding (otherwise it guesses, and garbles every character beyond
	 * ASCII)
	 * @return the answer
	 */
	public static Mono<ServerResponse> csv(Flux<String> lines, String fileName, boolean byteOrderMark) {
		Flux<byte[]> bytes = lines.map((line) -> line.getBytes(StandardCharsets.UTF_8));
		return download(byteOrderMark ? Flux.concat(Mono.just(BYTE_ORDER_MARK), bytes) : bytes, CSV, fileName);
	}

	/**
	 * Answers a download, read whole before it is sent so that its length is known.
	 * @param parts the file, in parts
	 * @param type its media type
	 * @param fileName the name to save it as
	 * @return the answer
	 */
	public static Mono<ServerResponse> download(Flux<byte[]> parts, MediaType type, String fileName) {
		return parts.collect(ByteArrayOutputStream::new, (file, part) -> file.writeBytes(part))
			.flatMap((file) -> ServerResponse.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.bodyValue(file.toByteArray()));
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
			.onErrorResume(BadParameterException.class, ProblemResponses::badParameter)
			.onErrorResume(NotFoundException.class, ProblemResponses::notFound)
			.onErrorResume(DatabaseAvailability::meansUnavailable, (ex) -> ProblemResponses.unavailable());
	}

}
