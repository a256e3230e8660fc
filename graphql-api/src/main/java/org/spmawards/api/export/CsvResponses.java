package org.spmawards.api.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.errors.NotFoundException;
import org.spmawards.api.errors.ProblemResponses;
import org.spmawards.persistence.export.CsvExporter;
import org.spmawards.persistence.export.CsvTable.Column;
import org.spmawards.persistence.export.CsvTable.Type;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CsvResponses() {
	}

	/** The query parameter that asks for a byte-order mark, {@code bom=true}. */
	public static final String BOM = "bom";

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The largest download gathered whole before it is sent, in bytes. */
	public static final int WHOLE_FILE = 1 << 20;

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
	 * Answers a table's rows in a format: CSV with its header (and the byte-order mark
	 * when asked); NDJSON, an object per row whose members are the columns, numbers and
	 * booleans as JSON has them and codes as text; or an XLSX workbook (see
	 * {@link Spreadsheet}).
	 * @param format the format
	 * @param columns the columns
	 * @param rows a cell per column of each row, {@code null} for an empty cell
	 * @param fileName the CSV file name; a file in another format is named the same but
	 * for its extension
	 * @param byteOrderMark whether a CSV file starts with UTF-8's byte-order mark
	 * @return the answer
	 */
	public static Mono<ServerResponse> rows(Format format, List<Column> columns, Flux<List<@Nullable String>> rows,
			String fileName, boolean byteOrderMark) {
		String named = fileName.replaceFirst("\\.csv$", "." + format.extension());
		return switch (format) {
			case CSV -> csv(Flux.concat(Mono.just(CsvExporter.line(columns.stream().map(Column::name).toList())),
					rows.map(CsvExporter::line)), named, byteOrderMark);
			case NDJSON -> download(rows.map((row) -> {
				Map<String, @Nullable Object> object = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					object.put(columns.get(i).name(), typed(columns.get(i).type(), row.get(i)));
				}
				return (JSON.writeValueAsString(object) + "\n").getBytes(StandardCharsets.UTF_8);
			}), format.mediaType(), named);
			case XLSX -> download(Spreadsheet.of(columns, rows).flux(), format.mediaType(), named);
		};
	}

	/** A cell as JSON has its type: a number, a boolean or text. */
	private static @Nullable Object typed(Type type, @Nullable String cell) {
		if (cell == null) {
			return null;
		}
		return switch (type) {
			case INTEGER -> Long.valueOf(cell);
			case NUMBER -> new BigDecimal(cell);
			case BOOLEAN -> Boolean.valueOf(cell);
			default -> cell;
		};
	}

	/**
	 * Returns the query parameters a download in a format takes: those named, and
	 * {@value #BOM} for CSV.
	 * @param format the format
	 * @param names the parameters of the GraphQL field the download mirrors
	 * @return the parameters
	 */
	public static Set<String> parameters(Format format, String... names) {
		Set<String> parameters = new HashSet<>(Arrays.asList(names));
		if (format == Format.CSV) {
			parameters.add(BOM);
		}
		return parameters;
	}

	/** The formats of a table's download, named by the extension of its path. */
	public enum Format {

		/** RFC 4180 CSV in UTF-8 with a header row. */
		CSV(CsvResponses.CSV),

		/** Newline-delimited JSON: an object per row. */
		NDJSON(MediaType.APPLICATION_NDJSON),

		/** An Office Open XML workbook: the rows, a data dictionary and the sources. */
		XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		private final MediaType mediaType;

		Format(MediaType mediaType) {
			this.mediaType = mediaType;
		}

		/**
		 * Returns the media type of a file in this format.
		 * @return the media type
		 */
		public MediaType mediaType() {
			return this.mediaType;
		}

		/**
		 * Returns the extension of the path of a download in this format.
		 * @return e.g. {@code xlsx}
		 */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Answers a download. A file of up to {@value #WHOLE_FILE} bytes is gathered before
	 * it is sent, so that its length is known (a HEAD request, a progress bar); a larger
	 * one is sent as it is made, a part at a time, so that a download takes the same
	 * memory whatever its rows.
	 * @param parts the file, in parts
	 * @param type its media type
	 * @param fileName the name to save it as
	 * @return the answer
	 */
	public static Mono<ServerResponse> download(Flux<byte[]> parts, MediaType type, String fileName) {
		ServerResponse.BodyBuilder answer = ServerResponse.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
		// the parts in groups of about WHOLE_FILE bytes: a first group smaller than that
		// is the whole file
		AtomicLong gathered = new AtomicLong();
		Flux<List<byte[]>> groups = parts.bufferUntil((part) -> {
			if (gathered.addAndGet(part.length) < WHOLE_FILE) {
				return false;
			}
			gathered.set(0);
			return true;
		});
		return groups.switchOnFirst((first, all) -> {
			if (first.isOnError()) {
				return Mono.error(first.getThrowable());
			}
			List<byte[]> head = first.hasValue() ? first.get() : List.of();
			if (head.stream().mapToLong((part) -> part.length).sum() < WHOLE_FILE) {
				return all.next().defaultIfEmpty(List.of()).flatMap((whole) -> {
					ByteArrayOutputStream file = new ByteArrayOutputStream();
					whole.forEach(file::writeBytes);
					return answer.bodyValue(file.toByteArray());
				});
			}
			// a group at a time: a slow reader holds back the rest
			return answer.body(all.concatMapIterable((group) -> group, 1), byte[].class);
		}, false).singleOrEmpty();
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
