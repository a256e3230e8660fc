package org.spmawards.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.support.BadParameterException;
import org.spmawards.api.support.ProblemResponses;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.dataset.DemoSettings;
import org.spmawards.persistence.export.CsvExporter;
import org.spmawards.persistence.export.CsvTable;
import org.spmawards.persistence.export.ExportTables;
import org.spmawards.persistence.export.RankingTable;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.index.Ranking;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.web.reactive.function.server.HandlerFunction;
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

	/** The most entries a ranking has: the regencies. */
	private static final int MAX_RANKING = 1000;

	private final CsvExporter exporter;

	private final ReferenceDataCache referenceData;

	private final DatasetRepository datasets;

	private final IndexRepository index;

	private final JsonMapper json;

	private final boolean demo;

	private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

	ExportRoutes(CsvExporter exporter, ReferenceDataCache referenceData, DatasetRepository datasets,
			IndexRepository index, JsonMapper json, DemoSettings settings) {
		this.exporter = exporter;
		this.referenceData = referenceData;
		this.datasets = datasets;
		this.index = index;
		this.json = json;
		this.demo = settings.kind() == DatasetKind.DEMO;
	}

	@Bean
	RouterFunction<ServerResponse> exportRouter() {
		return RouterFunctions.route()
			.GET("/export/rankings.csv", checked(this::rankings))
			.GET("/export/winners.csv", checked(this::winners))
			.GET("/export/achievements.csv", checked(this::achievements))
			.GET("/export/bulk", checked(this::bulk))
			.build();
	}

	/** Answers a parameter the export cannot take with a 400 problem that names it. */
	private static HandlerFunction<ServerResponse> checked(HandlerFunction<ServerResponse> handler) {
		return (request) -> Mono.defer(() -> handler.handle(request))
			.onErrorResume(BadParameterException.class, ProblemResponses::badParameter);
	}

	/**
	 * The arguments of {@code rankings}, but paging: the file holds the whole ranking.
	 */
	private Mono<ServerResponse> rankings(ServerRequest request) {
		ExportParameters parameters = ExportParameters.of(request,
				Set.of("edition", "category", "sector", "provinceCode", "includePreliminary"));
		int edition = parameters.requiredInteger("edition", "2025");
		RegionLevel category = parameters.requiredEnumeration("category", RegionLevel.class);
		SectorCode sector = parameters.enumeration("sector", SectorCode.class);
		RegionCode province = parameters.regionCode("provinceCode", true);
		boolean includePreliminary = parameters.bool("includePreliminary");
		return this.referenceData.get().flatMap((data) -> {
			AwardEdition found = data.edition(edition).orElse(null);
			if (found == null) {
				return ProblemResponses.problem(HttpStatus.NOT_FOUND,
						"There is no SPM Awards edition in " + edition + "; the editions are "
								+ data.editions()
									.stream()
									.map((each) -> String.valueOf(each.year()))
									.collect(Collectors.joining(", ")),
						Map.of("parameter", "edition"));
			}
			Ranking ranking = new Ranking(found.fiscalYear(), category, sector, province, includePreliminary);
			Flux<String> lines = this.index.findRanking(ranking, 0, MAX_RANKING)
				.flatMapIterable((page) -> RankingTable.lines(edition, page, data));
			return csv(lines,
					fileName("ranking", String.valueOf(edition), category.name(),
							(sector != null) ? sector.name() : "overall", (province != null) ? province.value() : null,
							includePreliminary ? "with-preliminary" : null));
		});
	}

	/** The arguments of {@code winners}. */
	private Mono<ServerResponse> winners(ServerRequest request) {
		ExportParameters parameters = ExportParameters.of(request,
				Set.of("category", "regionCode", "fromYear", "toYear"));
		AwardCategory category = parameters.enumeration("category", AwardCategory.class);
		RegionCode region = parameters.regionCode("regionCode", false);
		Integer fromYear = parameters.integer("fromYear");
		Integer toYear = parameters.integer("toYear");
		if (fromYear != null && toYear != null && fromYear > toYear) {
			throw new BadParameterException("fromYear",
					"Query parameter 'fromYear' (" + fromYear + ") is after 'toYear' (" + toYear + ")");
		}
		return csv(this.exporter.lines(ExportTables.winners(category, region, fromYear, toYear)),
				fileName("winners", (category != null) ? category.name() : null,
						(region != null) ? region.value() : null, (fromYear != null) ? "from-" + fromYear : null,
						(toYear != null) ? "to-" + toYear : null));
	}

	/**
	 * A fiscal year's service achievements, of one province or all: {@code achievements}
	 * with the filter {@code fiscalYear} and {@code provinceCode} equal to these.
	 */
	private Mono<ServerResponse> achievements(ServerRequest request) {
		ExportParameters parameters = ExportParameters.of(request, Set.of("fiscalYear", "provinceCode"));
		int fiscalYear = parameters.requiredInteger("fiscalYear", "2024");
		RegionCode province = parameters.regionCode("provinceCode", true);
		return csv(this.exporter.lines(ExportTables.achievements(fiscalYear, province)),
				fileName("achievements", String.valueOf(fiscalYear), (province != null) ? province.value() : null));
	}

	/**
	 * Names a download after what it holds, with {@code demo} in the name of every demo
	 * download, e.g. {@code ranking-2025-city-overall-demo.csv}.
	 */
	private String fileName(String what, @Nullable String... parts) {
		StringBuilder name = new StringBuilder(what);
		for (String part : parts) {
			if (part != null) {
				name.append('-').append(part.toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		}
		return name.append(this.demo ? "-demo" : "").append(".csv").toString();
	}

	private Mono<ServerResponse> csv(Flux<String> lines, String fileName) {
		Flux<DataBuffer> body = lines.buffer(LINES_PER_CHUNK)
			.map((chunk) -> this.buffers.wrap(String.join("", chunk).getBytes(StandardCharsets.UTF_8)));
		return ServerResponse.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(BodyInserters.fromDataBuffers(body));
	}

	private Mono<ServerResponse> bulk(ServerRequest request) {
		ExportParameters.of(request, Set.of());
		Flux<DataBuffer> body = Flux.defer(() -> {
			ZipStream zip = new ZipStream();
			List<CsvTable> tables = ExportTables.all();
			Mono<Dataset> dataset = this.datasets.find().cache();
			Flux<byte[]> readme = dataset.map((held) -> DataDictionary.readme(held, tables))
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
			// written after the tables, so that it carries their checksums
			Flux<byte[]> descriptor = dataset
				.flatMapMany((held) -> entry(zip, "datapackage.json", this.json.writerWithDefaultPrettyPrinter()
					.writeValueAsBytes(DataDictionary.dataPackage(held, tables, zip.checksums()))));
			Flux<byte[]> checksums = Flux
				.defer(() -> entry(zip, "SHA256SUMS", zip.checksumFile().getBytes(StandardCharsets.UTF_8)));
			return Flux.concat(readme, csvFiles, notes, descriptor, checksums, Mono.fromCallable(zip::finish))
				.filter((bytes) -> bytes.length > 0)
				.map(this.buffers::wrap);
		});
		return ServerResponse.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.demo ? "spm-awards-data-demo.zip" : "spm-awards-data.zip")
						.build()
						.toString())
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

}
