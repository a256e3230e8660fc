package org.spmawards.api.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetRepository;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages a person opens first: the front page at {@code /}, which says what the
 * service is and which dataset it holds (with a banner in demo mode) and links GraphiQL,
 * the schema, the exports, the explorer and the guide; the guide at {@code /guide}, the
 * README as HTML; and the explorer at {@code /explore}, a map, a table and a region panel
 * over the public API ({@code static/explore/}).
 */
@Configuration(proxyBeanMethods = false)
class SiteRoutes {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final Pattern PICTURE = Pattern.compile("[a-z0-9-]+");

	private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final DatasetRepository datasets;

	private final DataVersion dataVersion;

	private final String frontPage = read("site/front-page.html");

	/** The host the README's links name: the guide links to its own host instead. */
	private static final String README_HOST = "http://localhost:8080/";

	private final String guide = guide(read("site/README.md"));

	private final String explorer = read("site/explore.html");

	private final ReferenceDataCache referenceData;

	SiteRoutes(DatasetRepository datasets, DataVersion dataVersion, ReferenceDataCache referenceData) {
		this.datasets = datasets;
		this.dataVersion = dataVersion;
		this.referenceData = referenceData;
	}

	@Bean
	RouterFunction<ServerResponse> siteRouter() {
		return RouterFunctions.route()
			.GET("/",
					(request) -> this.datasets.find()
						.map(this::frontPage)
						.flatMap((page) -> ServerResponse.ok().contentType(HTML).bodyValue(page)))
			.GET("/guide", (request) -> ServerResponse.ok().contentType(HTML).bodyValue(this.guide))
			.GET("/explore",
					(request) -> this.referenceData.get()
						.map((data) -> explorer(request, data))
						.flatMap((page) -> ServerResponse.ok().contentType(HTML).bodyValue(page)))
			.GET("/docs/{picture}.png", (request) -> picture(request.pathVariable("picture")))
			.build();
	}

	/**
	 * The explorer, with the picture a shared link shows ({@code og:image}): the map of
	 * the view the link opens, drawn by {@code /map/regions.png}; and the data version
	 * and the day it last changed, which its citation names. Only values the explorer
	 * knows reach the picture's address; anything else falls back to its default.
	 */
	private String explorer(ServerRequest request, ReferenceData data) {
		String category = known(request, "category", Set.of("PROVINCE", "REGENCY", "CITY"), "PROVINCE");
		Set<String> editions = data.editions()
			.stream()
			.map((edition) -> String.valueOf(edition.year()))
			.collect(Collectors.toSet());
		String edition = known(request, "edition", editions, editions.stream().max(String::compareTo).orElse(""));
		String sector = known(request, "sector",
				Arrays.stream(SectorCode.values()).map(SectorCode::name).collect(Collectors.toSet()), null);
		String lang = known(request, "lang", Set.of("id", "en"), "id");
		String picture = UriComponentsBuilder.fromUri(request.uri())
			.replacePath("/map/regions.png")
			.replaceQuery(null)
			.queryParam("level", category)
			.queryParamIfPresent("edition", Optional.of(edition).filter((year) -> !year.isEmpty()))
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.queryParam("lang", lang)
			.queryParam("width", 1200)
			.build()
			.toUriString();
		return this.explorer.replace("{{og-image}}", HtmlUtils.htmlEscape(picture))
			.replace("{{data-version}}", String.valueOf(this.dataVersion.current()))
			.replace("{{data-changed}}", DAY.format(this.dataVersion.lastModified()));
	}

	private static @Nullable String known(ServerRequest request, String name, Set<String> values,
			@Nullable String fallback) {
		return request.queryParam(name).filter(values::contains).orElse(fallback);
	}

	/** A picture of the guide (the README's {@code docs/*.png}). */
	private static Mono<ServerResponse> picture(String name) {
		ClassPathResource picture = new ClassPathResource("site/docs/" + name + ".png");
		if (!PICTURE.matcher(name).matches() || !picture.exists()) {
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok().contentType(MediaType.IMAGE_PNG).bodyValue(picture);
	}

	private String frontPage(Dataset dataset) {
		Map<String, String> values = Map.of("kind", dataset.kind().name(), "kind-label",
				(dataset.kind() == DatasetKind.DEMO) ? "Demo data." : "Official data.", "description",
				dataset.description(), "version", String.valueOf(this.dataVersion.current()), "changed",
				CHANGED.format(this.dataVersion.lastModified()));
		String page = this.frontPage;
		for (Map.Entry<String, String> value : values.entrySet()) {
			page = page.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue()));
		}
		return page;
	}

	private static String guide(String readme) {
		List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
		String body = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.attributeProviderFactory((context) -> SiteRoutes::guideAttributes)
			.build()
			.render(Parser.builder().extensions(extensions).build().parse(readme));
		return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\" />\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
				+ "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\" />\n<title>SPM Awards API: the guide</title>\n<link rel=\"stylesheet\" href=\"site.css\" />\n</head>\n"
				+ "<body>\n<main>\n<p class=\"small\"><a href=\"./\">Front page</a> · <a href=\"graphiql\">GraphiQL</a>"
				+ "</p>\n" + body + "</main>\n</body>\n</html>\n";
	}

	/**
	 * What the guide's elements need beyond Markdown: a code block or table that scrolls
	 * sideways can be reached with the keyboard, and a link to {@code localhost:8080}
	 * (the README's) points to the host the guide is served from.
	 */
	private static void guideAttributes(Node node, String tagName, Map<String, String> attributes) {
		if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof TableBlock) {
			attributes.put("tabindex", "0");
		}
		String href = attributes.get("href");
		if (node instanceof Link && href != null && href.startsWith(README_HOST)) {
			String path = href.substring(README_HOST.length());
			attributes.put("href", path.isEmpty() ? "./" : path);
		}
	}

	private static String read(String path) {
		try (InputStream stream = new ClassPathResource(path).getInputStream()) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The page " + path + " is missing from the class path", ex);
		}
	}

}
