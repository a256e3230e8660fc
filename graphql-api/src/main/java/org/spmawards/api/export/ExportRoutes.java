package org.spmawards.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.export.CsvExporter;
import org.spmawards.persistence.export.CsvTable;
import org.spmawards.persistence.export.ExportTables;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The CSV exports ({@code /export/rankings.csv}, {@code /export/winners.csv},
 * {@code /export/achievements.csv}) and the bulk download ({@code /export/bulk}: every
 * table, a data dictionary, the source notes and SHA-256 checksums in one zip that is the
 * same, byte for byte, as long as the data is). Everything is streamed from the database.
 */
@Configuration(proxyBeanMethods = false)
class ExportRoutes {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final int LINES_PER_CHUNK = 256;

	/** Files copied into the archive as they are: the sources and licence of the data. */
	private static final Map<String, String> NOTES = Map.of("SOURCES/data-README.md", "data/README.md",
			"SOURCES/regions-SOURCE.md", "data/regions/SOURCE.md");

	private final CsvExporter exporter;

	private final ReferenceDataCache referenceData;

	private final DatasetRepository datasets;

	private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

	ExportRoutes(CsvExporter exporter, ReferenceDataCache referenceData, DatasetRepository datasets) {
		this.exporter = exporter;
		this.referenceData = referenceData;
		this.datasets = datasets;
	}

	@Bean
	RouterFunction<ServerResponse> exportRouter() {
		return RouterFunctions.route()
			.GET("/export/rankings.csv", this::rankings)
			.GET("/export/winners.csv", (request) -> csv(ExportTables.winners(), "winners.csv"))
			.GET("/export/achievements.csv", this::achievements)
			.GET("/export/bulk", (request) -> bulk())
			.build();
	}

	private Mono<ServerResponse> rankings(ServerRequest request) {
		Integer edition = integer(request, "edition");
		RegionLevel category = enumeration(request, "category", RegionLevel::valueOf);
		Optional<String> sectorParameter = request.queryParam("sector").filter((value) -> !value.isBlank());
		SectorCode sector = sectorParameter.isPresent() ? enumeration(request, "sector", SectorCode::valueOf) : null;
		if (edition == null || category == null || (sectorParameter.isPresent() && sector == null)) {
			return badRequest("Query parameters: edition (a year with an edition, e.g. 2025), category (PROVINCE,"
					+ " REGENCY or CITY), and optionally sector (EDUCATION, HEALTH, PUBLIC_WORKS, HOUSING, PUBLIC_ORDER"
					+ " or SOCIAL; the overall index without it)");
		}
		return this.referenceData.get()
			.flatMap((data) -> Mono.justOrEmpty(data.edition(edition)))
			.flatMap((found) -> csv(ExportTables.ranking(found.fiscalYear(), category, sector),
					fileName(found, category, sector)))
			.switchIfEmpty(Mono.defer(() -> ServerResponse.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("error", "There is no SPM Awards edition in " + edition))));
	}

	private static String fileName(AwardEdition edition, RegionLevel category, @Nullable SectorCode sector) {
		return "ranking-" + edition.year() + "-" + category.name().toLowerCase(Locale.ROOT) + "-"
				+ ((sector != null) ? sector.name().toLowerCase(Locale.ROOT) : "overall") + ".csv";
	}

	private Mono<ServerResponse> achievements(ServerRequest request) {
		Integer fiscalYear = integer(request, "fiscalYear");
		if (fiscalYear == null) {
			return badRequest("Query parameter fiscalYear: the fiscal year to export, e.g. 2024");
		}
		return csv(ExportTables.achievements(fiscalYear), "achievements-" + fiscalYear + ".csv");
	}

	private Mono<ServerResponse> csv(CsvTable table, String fileName) {
		Flux<DataBuffer> body = this.exporter.lines(table)
			.buffer(LINES_PER_CHUNK)
			.map((lines) -> this.buffers.wrap(String.join("", lines).getBytes(StandardCharsets.UTF_8)));
		return ServerResponse.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(BodyInserters.fromDataBuffers(body));
	}

	private Mono<ServerResponse> bulk() {
		Flux<DataBuffer> body = Flux.defer(() -> {
			ZipStream zip = new ZipStream();
			List<CsvTable> tables = ExportTables.all();
			Flux<byte[]> readme = this.datasets.find()
				.map((dataset) -> DataDictionary.readme(dataset, tables))
				.flatMapMany((text) -> entry(zip, "README.md", text.getBytes(StandardCharsets.UTF_8)));
			Flux<byte[]> csvFiles = Flux.fromIterable(tables)
				.concatMap((table) -> Flux.concat(Mono.fromCallable(() -> zip.begin(table.fileName())),
						this.exporter.lines(table)
							.buffer(LINES_PER_CHUNK)
							.map((lines) -> zip.write(String.join("", lines).getBytes(StandardCharsets.UTF_8))),
						Mono.fromCallable(zip::end)));
			Flux<byte[]> notes = Flux
				.fromIterable(NOTES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList())
				.concatMap((note) -> entry(zip, note.getKey(), resource(note.getValue())));
			Flux<byte[]> checksums = Flux
				.defer(() -> entry(zip, "SHA256SUMS", zip.checksumFile().getBytes(StandardCharsets.UTF_8)));
			return Flux.concat(readme, csvFiles, notes, checksums, Mono.fromCallable(zip::finish))
				.filter((bytes) -> bytes.length > 0)
				.map(this.buffers::wrap);
		});
		return ServerResponse.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("spm-awards-data.zip").build().toString())
			.body(BodyInserters.fromDataBuffers(body));
	}

	private static Flux<byte[]> entry(ZipStream zip, String name, byte[] content) {
		return Flux.defer(() -> Flux.just(zip.begin(name), zip.write(content), zip.end()));
	}

	private static byte[] resource(String path) {
		try (InputStream stream = new ClassPathResource(path).getInputStream()) {
			return stream.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The data file " + path + " is missing from the class path", ex);
		}
	}

	private static @Nullable Integer integer(ServerRequest request, String name) {
		try {
			return request.queryParam(name).map(String::trim).map(Integer::valueOf).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E> @Nullable E enumeration(ServerRequest request, String name, Function<String, E> parse) {
		try {
			return request.queryParam(name)
				.map((value) -> parse.apply(value.trim().toUpperCase(Locale.ROOT)))
				.orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Mono<ServerResponse> badRequest(String message) {
		return ServerResponse.badRequest().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("error", message));
	}

}
