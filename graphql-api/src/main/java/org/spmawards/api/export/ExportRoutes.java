package org.spmawards.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.export.CsvResponses.Format;
import org.spmawards.api.map.Boundaries;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetProperties;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.export.CsvExporter;
import org.spmawards.persistence.export.CsvTable;
import org.spmawards.persistence.export.ExportTables;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The exports {@code /export/winners.csv} and {@code /export/achievements.csv} (and
 * {@code .ndjson} and {@code .xlsx}) and the bulk download ({@code /export/bulk}: every
 * table, the region boundaries, a data dictionary, the source notes and SHA-256 checksums
 * in one zip that is the same, byte for byte, as long as the data is). Each is read from
 * the database in one pass and sent with its length.
 */
@Configuration(proxyBeanMethods = false)
class ExportRoutes {

	private static final int LINES_PER_CHUNK = 256;

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	/** Files copied into the archive as they are: the sources and licence of the data. */
	/** The region boundaries for maps, and how they were derived. */
	static final List<String> BOUNDARIES = List.of("provinces-overview.geojson", "regencies-overview.geojson",
			"provinces-detail.geojson", "regencies-detail.geojson", "BOUNDARIES.md");

	private static final Map<String, String> NOTES = Map.of("SOURCES/data-README.md", "data/README.md",
			"SOURCES/regions-SOURCE.md", "data/regions/SOURCE.md");

	private final CsvExporter exporter;

	private final DatasetRepository datasets;

	private final JsonMapper json;

	private final boolean demo;

	private final DataVersion dataVersion;

	ExportRoutes(CsvExporter exporter, DatasetRepository datasets, JsonMapper json, DatasetProperties settings,
			DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.exporter = exporter;
		this.datasets = datasets;
		this.json = json;
		this.demo = settings.kind() == DatasetKind.DEMO;
	}

	@Bean
	RouterFunction<ServerResponse> exportRouter() {
		RouterFunctions.Builder routes = RouterFunctions.route();
		for (Format format : Format.values()) {
			routes
				.GET("/export/winners." + format.extension(),
						CsvResponses.checked((request) -> winners(request, format)))
				.GET("/export/achievements." + format.extension(),
						CsvResponses.checked((request) -> achievements(request, format)));
		}
		return routes.GET("/export/bulk", CsvResponses.checked(this::bulk)).build();
	}

	/** The arguments of {@code winners}. */
	private Mono<ServerResponse> winners(ServerRequest request, Format format) {
		QueryParameters parameters = QueryParameters.of(request,
				CsvResponses.parameters(format, "category", "regionCode", "fromYear", "toYear"));
		AwardCategory category = parameters.enumeration("category", AwardCategory.class);
		RegionCode region = parameters.regionCode("regionCode", false);
		Integer fromYear = parameters.integer("fromYear");
		Integer toYear = parameters.integer("toYear");
		if (fromYear != null && toYear != null && fromYear > toYear) {
			throw new BadParameterException("fromYear",
					"Query parameter 'fromYear' (" + fromYear + ") is after 'toYear' (" + toYear + ")");
		}
		CsvTable table = ExportTables.winners(category, region, fromYear, toYear);
		return CsvResponses.rows(format, table.columns(), this.exporter.rows(table),
				CsvResponses.fileName(this.demo, "winners", (category != null) ? category.name() : null,
						(region != null) ? region.value() : null, (fromYear != null) ? "from-" + fromYear : null,
						(toYear != null) ? "to-" + toYear : null),
				parameters.bool(CsvResponses.BOM));
	}

	/**
	 * A fiscal year's service achievements, of one province or all: {@code achievements}
	 * with the filter {@code fiscalYear} and {@code provinceCode} equal to these.
	 */
	private Mono<ServerResponse> achievements(ServerRequest request, Format format) {
		QueryParameters parameters = QueryParameters.of(request,
				CsvResponses.parameters(format, "fiscalYear", "provinceCode"));
		int fiscalYear = parameters.requiredInteger("fiscalYear", "2024");
		RegionCode province = parameters.regionCode("provinceCode", true);
		CsvTable table = ExportTables.achievements(fiscalYear, province);
		return CsvResponses.rows(
				format, table.columns(), this.exporter.rows(table), CsvResponses.fileName(this.demo, "achievements",
						String.valueOf(fiscalYear), (province != null) ? province.value() : null),
				parameters.bool(CsvResponses.BOM));
	}

	private Mono<ServerResponse> bulk(ServerRequest request) {
		QueryParameters.of(request, Set.of());
		Flux<byte[]> body = Flux.defer(() -> {
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
			Flux<byte[]> boundaries = Flux.fromIterable(BOUNDARIES)
				.concatMap((file) -> entry(zip, "boundaries/" + file, resource(Boundaries.LOCATION + file)));
			Flux<byte[]> notes = Flux
				.fromIterable(NOTES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList())
				.concatMap((note) -> entry(zip, note.getKey(), resource(note.getValue())));
			// written after the tables, so that it carries their checksums
			Flux<byte[]> descriptor = dataset.flatMapMany((held) -> entry(zip, "datapackage.json",
					this.json.writerWithDefaultPrettyPrinter()
						.writeValueAsBytes(DataDictionary.dataPackage(held, tables, zip.checksums(),
								this.dataVersion.current(), this.dataVersion.lastModified()))));
			Flux<byte[]> checksums = Flux
				.defer(() -> entry(zip, "SHA256SUMS", zip.checksumFile().getBytes(StandardCharsets.UTF_8)));
			return Flux
				.concat(readme, csvFiles, boundaries, notes, descriptor, checksums, Mono.fromCallable(zip::finish))
				.filter((bytes) -> bytes.length > 0);
		});
		return CsvResponses.download(body, ZIP, this.demo ? "spm-awards-data-demo.zip" : "spm-awards-data.zip");
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
