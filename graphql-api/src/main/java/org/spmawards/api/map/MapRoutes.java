package org.spmawards.api.map;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingPage;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple4;
import reactor.util.function.Tuples;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Choropleth maps in one request: {@code GET /map/regions.geojson} (a GeoJSON
 * FeatureCollection, RFC 7946) and {@code GET /map/regions.topojson} (the national map as
 * TopoJSON, several times smaller), one feature per region of a level (optionally of one
 * province), each carrying the region's code, name and province and, for an edition or
 * fiscal year (and optional field), the index value, its achievement level, its rank and
 * what kind of rank it is, its origin and verification, as {@code rankings} gives them. A
 * region without a ranked value carries nulls, never zeros. The licence and attribution
 * of the boundaries travel in the collection.
 */
@Configuration(proxyBeanMethods = false)
class MapRoutes {

	static final MediaType GEO_JSON = new MediaType("application", "geo+json", StandardCharsets.UTF_8);

	/** The most regions of one level: the 416 regencies. */
	private static final int MAX_REGIONS = 1000;

	static final String LICENSE = "Boundaries: MIT License, Copyright (c) 2024 Cahya DSN (cahyadsn/wilayah_boundaries),"
			+ " simplified by the SPM Awards API; the notice travels with the data (SOURCE.md of the bulk download)."
			+ " Index values and ranks: see each feature's origin and verification.";

	static final String ATTRIBUTION = "Boundaries © Cahya DSN (cahyadsn/wilayah_boundaries, MIT); SPM data: Kementerian"
			+ " Dalam Negeri via the SPM Awards API";

	private static final Set<String> PARAMETERS = Set.of("level", "edition", "fiscalYear", "sector", "provinceCode",
			"resolution", "includePreliminary");

	/** The parameters of a map's picture: a map's, with its width and language. */
	private static final Set<String> PICTURE_PARAMETERS = Stream.concat(PARAMETERS.stream(), Stream.of("width", "lang"))
		.collect(Collectors.toUnmodifiableSet());

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	/**
	 * The parameters of a ranking chart: {@code rankings}', with how many of each end.
	 */
	private static final Set<String> CHART_PARAMETERS = Set.of("edition", "category", "sector", "provinceCode",
			"includePreliminary", "top", "width", "lang");

	private final Boundaries boundaries;

	private final RankingRepository rankings;

	private final ReferenceDataCache referenceData;

	private final DatasetRepository datasets;

	private final JsonMapper json;

	private final DataVersion dataVersion;

	/**
	 * The pictures drawn, by format, data version, view, width and language: a shared
	 * link's {@code og:image} is asked for again and again.
	 */
	private final Cache<String, byte[]> pictures = Caffeine.newBuilder()
		.maximumWeight(16 * 1024 * 1024)
		.weigher((String key, byte[] bytes) -> bytes.length)
		.build();

	MapRoutes(Boundaries boundaries, RankingRepository rankings, ReferenceDataCache referenceData,
			DatasetRepository datasets, JsonMapper json, DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.boundaries = boundaries;
		this.rankings = rankings;
		this.referenceData = referenceData;
		this.datasets = datasets;
		this.json = json;
	}

	@Bean
	RouterFunction<ServerResponse> mapRouter() {
		return RouterFunctions.route()
			.GET("/map/regions.geojson", CsvResponses.checked(this::geoJson))
			.GET("/map/regions.topojson", CsvResponses.checked(this::topoJson))
			.GET("/map/regions.svg", CsvResponses.checked((request) -> picture(request, true)))
			.GET("/map/regions.png", CsvResponses.checked((request) -> picture(request, false)))
			.GET("/charts/ranking.svg", CsvResponses.checked((request) -> chart(request, true)))
			.GET("/charts/ranking.png", CsvResponses.checked((request) -> chart(request, false)))
			.build();
	}

	private Mono<ServerResponse> geoJson(ServerRequest request) {
		MapRequest map = MapRequest.of(QueryParameters.of(request, PARAMETERS), false);
		return features(map).flatMap((features) -> {
			StringBuilder body = new StringBuilder("{\"type\":\"FeatureCollection\",");
			members(body, map, features);
			body.append("\"features\":[");
			Map<RegionCode, Boundary> layer = this.boundaries.layer(map.level(), map.resolution());
			boolean first = true;
			for (Map.Entry<RegionCode, Map<String, @Nullable Object>> feature : features.properties().entrySet()) {
				body.append(first ? "" : ",")
					.append("\n{\"type\":\"Feature\",\"id\":")
					.append(this.json.writeValueAsString(feature.getKey().value()))
					.append(",\"properties\":")
					.append(this.json.writeValueAsString(feature.getValue()))
					.append(",\"geometry\":")
					.append(layer.get(feature.getKey()).geometryJson())
					.append('}');
				first = false;
			}
			body.append("\n]}\n");
			return ServerResponse.ok()
				.contentType(GEO_JSON)
				.bodyValue(body.toString().getBytes(StandardCharsets.UTF_8));
		});
	}

	private Mono<ServerResponse> topoJson(ServerRequest request) {
		MapRequest map = MapRequest.of(QueryParameters.of(request, PARAMETERS), true);
		Topology topology = this.boundaries.topology(map.level());
		return features(map).flatMap((features) -> {
			StringBuilder members = new StringBuilder();
			members(members, map, features);
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(topology.write(this.json, members.toString(), features.properties())
					.getBytes(StandardCharsets.UTF_8));
		});
	}

	/**
	 * The map as a picture for an article, SVG or PNG: the same regions and values as the
	 * GeoJSON, {@code width} pixels wide (1000 unless given, 300 to 3000), its words in
	 * Indonesian ({@code lang=id}, the default) or English ({@code lang=en}).
	 */
	private Mono<ServerResponse> picture(ServerRequest request, boolean svg) {
		QueryParameters parameters = QueryParameters.of(request, PICTURE_PARAMETERS);
		MapRequest map = MapRequest.of(parameters, false);
		int width = width(parameters);
		PictureWords words = new PictureWords(parameters.english());
		long version = this.dataVersion.current();
		String key = "map|" + map + "|" + width + "|" + words.english();
		return drawn(key, svg, version, Mono.zip(features(map), this.referenceData.get()), (found) -> {
			Features features = found.getT1();
			ReferenceData data = found.getT2();
			Map<RegionCode, Boundary> layer = this.boundaries.layer(map.level(), map.resolution());
			List<MapPicture.Region> regions = new ArrayList<>();
			int withValue = 0;
			for (Map.Entry<RegionCode, Map<String, @Nullable Object>> feature : features.properties().entrySet()) {
				Object value = feature.getValue().get("value");
				withValue += (value != null) ? 1 : 0;
				Color fill = (value == null) ? MapPicture.NO_VALUE : MapPicture.PALETTE
					.getOrDefault(String.valueOf(feature.getValue().get("achievementLevel")), MapPicture.LEVEL_UNKNOWN);
				regions.add(new MapPicture.Region(feature.getKey().value(), layer.get(feature.getKey()), fill,
						map.level() == RegionLevel.CITY));
			}
			String narrowedTo = words.narrowedTo(map.province(), map.sector(), data);
			String title = (features.fiscalYear() == null) ? words.boundariesOf(map.level()) + narrowedTo
					: words.indexOf(map.level()) + narrowedTo
							+ words.occasion(features.edition(), features.fiscalYear());
			MapPicture.Texts texts = new MapPicture.Texts(title,
					words.withValue(withValue, features.properties().size(), map.level()), words.source(version),
					words.watermark(features.dataset()));
			return MapPicture.of(regions, texts, words.legend(data), width);
		});
	}

	/**
	 * A ranking as a bar chart, SVG or PNG: the entries of {@code rankings} for the same
	 * arguments, all of them if there are at most twice {@code top} (10 unless given, 1
	 * to 50), else the first and the last {@code top}; {@code width} and {@code lang} as
	 * for the map.
	 */
	private Mono<ServerResponse> chart(ServerRequest request, boolean svg) {
		QueryParameters parameters = QueryParameters.of(request, CHART_PARAMETERS);
		int edition = parameters.requiredInteger("edition", "2025");
		RegionLevel category = parameters.requiredEnumeration("category", RegionLevel.class);
		SectorCode sector = parameters.enumeration("sector", SectorCode.class);
		RegionCode province = parameters.regionCode("provinceCode", true);
		boolean includePreliminary = parameters.bool("includePreliminary");
		Integer askedTop = parameters.integer("top");
		int top = (askedTop != null) ? askedTop : 10;
		if (top < 1 || top > 50) {
			throw new BadParameterException("top", "Query parameter 'top' is from 1 to 50, not " + top);
		}
		int width = width(parameters);
		PictureWords words = new PictureWords(parameters.english());
		long version = this.dataVersion.current();
		String key = "chart|" + edition + "|" + category + "|" + sector + "|" + province + "|" + includePreliminary
				+ "|" + top + "|" + width + "|" + words.english();
		Mono<String> dataset = this.datasets.find().map((held) -> held.kind().name()).defaultIfEmpty("OFFICIAL");
		Mono<Tuple4<ReferenceData, String, RankingPage, AwardEdition>> inputs = Mono
			.zip(this.referenceData.get(), dataset)
			.flatMap((found) -> {
				AwardEdition held = Editions.require(found.getT1(), "edition", edition);
				Ranking ranking = new Ranking(held.fiscalYear(), category, sector, province, includePreliminary);
				return this.rankings.findRanking(ranking, 0, MAX_REGIONS)
					.map((page) -> Tuples.of(found.getT1(), found.getT2(), page, held));
			});
		return drawn(key, svg, version, inputs, (found) -> {
			ReferenceData data = found.getT1();
			RankingPage page = found.getT3();
			List<RankingRow> rows = page.page().items();
			boolean cut = rows.size() > 2 * top;
			List<RankingChart.Bar> bars = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (cut && i >= top && i < rows.size() - top) {
					continue;
				}
				IndexValue value = rows.get(i).value();
				String name = data.region(value.region()).map(Region::name).orElse(value.region().value());
				bars.add(new RankingChart.Bar(
						value.region().value(), name, value.value().value().doubleValue(), MapPicture.PALETTE
							.getOrDefault(String.valueOf(value.achievementLevel()), MapPicture.LEVEL_UNKNOWN),
						cut && i == rows.size() - top));
			}
			String title = (cut ? words.topAndBottom(top, category) : words.indexOf(category))
					+ words.narrowedTo(province, sector, data) + words.occasion(edition, found.getT4().fiscalYear());
			MapPicture.Texts texts = new MapPicture.Texts(
					title, words.ranked(page.coverage().regionsWithValue(), page.coverage().regionsInCategory(),
							category, page.coverage().rankKind()),
					words.source(version), words.watermark(found.getT2()));
			return RankingChart.of(bars, texts, words.legend(data), width);
		});
	}

	/**
	 * Answers a picture, drawn once per data version: from the cache, or laid out and
	 * drawn off the event loop (drawing is CPU work that would hold up the loop's other
	 * requests) and kept.
	 * @param key what the picture shows, its width and language
	 * @param svg whether to answer SVG rather than PNG
	 * @param version the data version the inputs are read at
	 * @param inputs what the picture is drawn from
	 * @param layout lays the picture out
	 * @return the answer
	 */
	private <T> Mono<ServerResponse> drawn(String key, boolean svg, long version, Mono<T> inputs,
			Function<T, Drawing> layout) {
		String cached = (svg ? "svg|" : "png|") + version + "|" + key;
		byte[] drawn = this.pictures.getIfPresent(cached);
		Mono<byte[]> bytes = (drawn != null) ? Mono.just(drawn)
				: inputs.publishOn(Schedulers.boundedElastic()).map(layout).map((drawing) -> {
					byte[] made = svg ? drawing.svg().getBytes(StandardCharsets.UTF_8) : drawing.png();
					this.pictures.put(cached, made);
					return made;
				});
		return bytes
			.flatMap((body) -> ServerResponse.ok().contentType(svg ? SVG : MediaType.IMAGE_PNG).bodyValue(body));
	}

	/** The width of a picture: 1000 pixels unless given, 300 to 3000. */
	private static int width(QueryParameters parameters) {
		Integer asked = parameters.integer("width");
		int width = (asked != null) ? asked : 1000;
		if (width < 300 || width > 3000) {
			throw new BadParameterException("width",
					"Query parameter 'width' is from 300 to 3000 pixels, not " + width);
		}
		return width;
	}

	/**
	 * The foreign members of the collection: what it shows, its licence and attribution.
	 */
	private void members(StringBuilder body, MapRequest map, Features features) {
		Map<String, @Nullable Object> members = new LinkedHashMap<>();
		members.put("name", "SPM Awards API: " + map.level().name().toLowerCase(Locale.ROOT) + " boundaries"
				+ ((map.province() != null) ? " of province " + map.province().value() : ""));
		members.put("license", LICENSE);
		members.put("attribution", ATTRIBUTION);
		members.put("dataset", features.dataset());
		members.put("level", map.level().name());
		members.put("provinceCode", (map.province() != null) ? map.province().value() : null);
		members.put("resolution", map.resolution().name());
		members.put("edition", features.edition());
		members.put("fiscalYear", features.fiscalYear());
		members.put("sector", (map.sector() != null) ? map.sector().name() : null);
		members.put("rankKind", features.rankKind());
		for (Map.Entry<String, @Nullable Object> member : members.entrySet()) {
			body.append(this.json.writeValueAsString(member.getKey()))
				.append(':')
				.append(this.json.writeValueAsString(member.getValue()))
				.append(',');
		}
	}

	/** The regions of the map with their properties, and what the values are of. */
	private Mono<Features> features(MapRequest map) {
		Mono<String> dataset = this.datasets.find().map((held) -> held.kind().name()).defaultIfEmpty("OFFICIAL");
		return Mono.zip(this.referenceData.get(), dataset).flatMap((inputs) -> {
			ReferenceData data = inputs.getT1();
			List<Region> regions = regions(data, map);
			Integer fiscalYear = map.fiscalYear(data);
			if (fiscalYear == null) {
				return Mono
					.just(new Features(properties(regions, data, Map.of(), false), inputs.getT2(), null, null, null));
			}
			Ranking ranking = new Ranking(fiscalYear, map.level(), map.sector(), map.province(),
					map.includePreliminary());
			return this.rankings.findRanking(ranking, 0, MAX_REGIONS).map((page) -> {
				Map<RegionCode, RankingRow> ranked = page.page()
					.items()
					.stream()
					.collect(Collectors.toMap((row) -> row.value().region(), Function.identity()));
				return new Features(properties(regions, data, ranked, true), inputs.getT2(), map.edition(data),
						fiscalYear, rankKind(page));
			});
		});
	}

	private static @Nullable String rankKind(RankingPage page) {
		return (page.coverage().regionsWithValue() > 0) ? page.coverage().rankKind().name() : null;
	}

	private static List<Region> regions(ReferenceData data, MapRequest map) {
		return data.regions()
			.values()
			.stream()
			.filter((region) -> region.code().level() == map.level())
			.filter((region) -> map.province() == null || map.province().equals(region.code().province()))
			.sorted((a, b) -> a.code().compareTo(b.code()))
			.toList();
	}

	private static Map<RegionCode, Map<String, @Nullable Object>> properties(List<Region> regions, ReferenceData data,
			Map<RegionCode, RankingRow> ranked, boolean withValues) {
		Map<RegionCode, Map<String, @Nullable Object>> properties = new LinkedHashMap<>();
		for (Region region : regions) {
			Map<String, @Nullable Object> feature = new LinkedHashMap<>();
			feature.put("code", region.code().value());
			feature.put("name", region.name());
			feature.put("level", region.code().level().name());
			Region province = region.code().isProvince() ? null : data.region(region.code().province()).orElse(null);
			feature.put("provinceCode", (province != null) ? province.code().value() : null);
			feature.put("provinceName", (province != null) ? province.name() : null);
			if (withValues) {
				values(feature, ranked.get(region.code()), data);
			}
			properties.put(region.code(), feature);
		}
		return properties;
	}

	/**
	 * The value and rank of a region, as {@code rankings} has them; nulls without one.
	 */
	private static void values(Map<String, @Nullable Object> feature, @Nullable RankingRow row, ReferenceData data) {
		IndexValue value = (row != null) ? row.value() : null;
		AchievementLevel level = (value != null && value.achievementLevel() != null) ? data.levels()
			.stream()
			.filter((each) -> each.code().equals(value.achievementLevel()))
			.findFirst()
			.orElse(null) : null;
		feature.put("value", (value != null) ? value.value().value() : null);
		feature.put("status", (value != null) ? value.status().name() : null);
		feature.put("achievementLevel", (value != null) ? value.achievementLevel() : null);
		feature.put("achievementLevelName", (level != null) ? level.name() : null);
		feature.put("achievementLevelOrigin", (value != null && value.achievementLevelOrigin() != null)
				? value.achievementLevelOrigin().name() : null);
		// the national rank first, with its change; the computed rank after it, with its
		// kind
		feature.put("nationalRank", (value != null) ? value.ranks().national() : null);
		feature.put("nationalRankOrigin", (value != null && value.ranks().nationalOrigin() != null)
				? value.ranks().nationalOrigin().name() : null);
		feature.put("rankChange", (row != null) ? row.nationalRankChange() : null);
		feature.put("rank", (row != null) ? row.rank() : null);
		feature.put("rankKind", (row != null) ? row.rankKind().name() : null);
		feature.put("origin", (value != null) ? value.origin().name() : null);
		feature.put("verification", (value != null) ? value.provenance().verification().name() : null);
	}

	/** What a map request asks for. */
	private record MapRequest(RegionLevel level, @Nullable Integer edition, @Nullable Integer fiscalYearAsked,
			@Nullable SectorCode sector, @Nullable RegionCode province, MapResolution resolution,
			boolean includePreliminary) {

		static MapRequest of(QueryParameters parameters, boolean topology) {
			RegionLevel level = parameters.requiredEnumeration("level", RegionLevel.class);
			Integer edition = parameters.integer("edition");
			Integer fiscalYear = parameters.integer("fiscalYear");
			if (edition != null && fiscalYear != null) {
				throw new BadParameterException("fiscalYear",
						"Query parameter 'fiscalYear' and 'edition' say the same: give one, e.g. edition=2025 (which"
								+ " assesses fiscal year 2024)");
			}
			SectorCode sector = parameters.enumeration("sector", SectorCode.class);
			RegionCode province = parameters.regionCode("provinceCode", true);
			if (province != null && level == RegionLevel.PROVINCE) {
				throw new BadParameterException("provinceCode",
						"Query parameter 'provinceCode' narrows a map of regencies or cities, not of provinces");
			}
			MapResolution resolution = parameters.enumeration("resolution", MapResolution.class);
			if (topology && resolution == MapResolution.DETAIL) {
				throw new BadParameterException("resolution",
						"TopoJSON is offered at the overview resolution; for the detail, ask for /map/regions.geojson");
			}

			boolean includePreliminary = parameters.bool("includePreliminary");
			return new MapRequest(level, edition, fiscalYear, sector, province,
					(resolution != null) ? resolution : MapResolution.OVERVIEW, includePreliminary);
		}

		@Nullable Integer fiscalYear(ReferenceData data) {
			if (this.edition == null) {
				return this.fiscalYearAsked;
			}
			return Editions.require(data, "edition", this.edition).fiscalYear();
		}

		@Nullable Integer edition(ReferenceData data) {
			if (this.edition != null) {
				return this.edition;
			}
			return data.editions()
				.stream()
				.filter((each) -> this.fiscalYearAsked != null && each.fiscalYear() == this.fiscalYearAsked)
				.map(AwardEdition::year)
				.findFirst()
				.orElse(null);
		}

	}

	private record Features(Map<RegionCode, Map<String, @Nullable Object>> properties, String dataset,
			@Nullable Integer edition, @Nullable Integer fiscalYear, @Nullable String rankKind) {

	}

}
