package org.spmawards.api.map;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /embed}: a view of the explorer without its controls, sized for an
 * {@code <iframe>}: the map as {@code /map/regions.svg} draws it (legend, coverage,
 * source line and data version on it), its title as the picture's text alternative, the
 * date the data last changed, and links to the same view in the explorer and to its data.
 * It takes the explorer's view parameters: {@code edition}, {@code category},
 * {@code sector}, {@code province} and {@code lang}.
 */
@Configuration(proxyBeanMethods = false)
class EmbedPage {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final Set<String> PARAMETERS = Set.of("edition", "category", "sector", "province", "lang");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	/** The width the map is drawn at; the page scales it to the frame. */
	private static final int WIDTH = 960;

	private final ReferenceDataCache referenceData;

	private final DatasetRepository datasets;

	private final DataVersion dataVersion;

	EmbedPage(ReferenceDataCache referenceData, DatasetRepository datasets, DataVersion dataVersion) {
		this.referenceData = referenceData;
		this.datasets = datasets;
		this.dataVersion = dataVersion;
	}

	@Bean
	RouterFunction<ServerResponse> embedRouter() {
		return RouterFunctions.route().GET("/embed", CsvResponses.checked(this::embed)).build();
	}

	private Mono<ServerResponse> embed(ServerRequest request) {
		QueryParameters parameters = QueryParameters.of(request, PARAMETERS);
		int year = parameters.requiredInteger("edition", "2025");
		RegionLevel category = parameters.requiredEnumeration("category", RegionLevel.class);
		SectorCode sector = parameters.enumeration("sector", SectorCode.class);
		RegionCode province = parameters.regionCode("province", true);
		boolean english = parameters.english();
		PictureWords words = new PictureWords(english);
		Mono<DatasetKind> kind = this.datasets.find().map(Dataset::kind).defaultIfEmpty(DatasetKind.OFFICIAL);
		return Mono.zip(this.referenceData.get(), kind).flatMap((found) -> {
			AwardEdition edition = Editions.require(found.getT1(), "edition", year);
			// a province narrows a map of regencies or cities; on the provinces' map it
			// only zooms
			RegionCode narrowedTo = (category != RegionLevel.PROVINCE) ? province : null;
			String title = words.indexOf(category) + words.narrowedTo(narrowedTo, sector, found.getT1())
					+ words.occasion(year, edition.fiscalYear());
			String picture = ranking("map/regions.svg", "level", category, year, sector, narrowedTo)
				.queryParam("lang", english ? "en" : "id")
				.queryParam("width", WIDTH)
				.build()
				.toUriString();
			String view = ranking("explore", "category", category, year, sector, null)
				.queryParamIfPresent("province", Optional.ofNullable(province))
				.queryParam("lang", english ? "en" : "id")
				.build()
				.toUriString();
			String csv = ranking("export/rankings.csv", "category", category, year, sector, narrowedTo).build()
				.toUriString();
			return ServerResponse.ok()
				.contentType(HTML)
				.bodyValue(page(english, title, picture, view, csv, found.getT2() == DatasetKind.DEMO));
		});
	}

	/** The address of a page of a ranking: its edition, level, field and province. */
	private static UriComponentsBuilder ranking(String path, String levelParameter, RegionLevel level, int edition,
			@Nullable SectorCode sector, @Nullable RegionCode province) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("edition", edition)
			.queryParam(levelParameter, level)
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.queryParamIfPresent("provinceCode", Optional.ofNullable(province));
	}

	private String page(boolean english, String title, String picture, String view, String csv, boolean demo) {
		String changed = DAY.format(this.dataVersion.lastModified());
		String banner = !demo ? "" : "<p class=\"demo\">" + (english ? "Demo data (synthetic), not official figures."
				: "Data demo (sintetis), bukan angka resmi.") + "</p>\n";
		return """
				<!doctype html>
				<html lang="%s">
				<head>
				<meta charset="UTF-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1.0" />
				<title>%s</title>
				<link rel="icon" href="favicon.svg" type="image/svg+xml" />
				<link rel="stylesheet" href="explore/embed.css" />
				</head>
				<body>
				<main>
				%s<figure>
				<img src="%s" alt="%s" width="%d" />
				<figcaption>%s <a href="%s" target="_top">%s</a> · <a href="%s" target="_top">%s</a></figcaption>
				</figure>
				</main>
				</body>
				</html>
				""".formatted(english ? "en" : "id", esc(title), banner, esc(picture),
				esc(title + (english ? ". A map coloured by achievement level; the values are in the data linked below."
						: ". Peta berwarna menurut tingkat capaian; nilainya ada di data yang ditautkan di bawah.")),
				WIDTH,
				esc((english ? "Data version " : "Versi data ") + this.dataVersion.current()
						+ (english ? ", last changed " : ", terakhir berubah ") + changed + "."),
				esc(view), esc(english ? "Open in the SPM Awards explorer" : "Buka di Penjelajah SPM Awards"), esc(csv),
				esc(english ? "The data (CSV)" : "Datanya (CSV)"));
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
