package org.spmawards.api.changes;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.spmawards.api.errors.BadParameterException;
import org.spmawards.api.errors.NotFoundException;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.imports.ChangeFilter;
import org.spmawards.persistence.imports.DataRevisionRepository;
import org.spmawards.persistence.imports.DataRevisionRepository.ListedRevision;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The change feeds, {@code /feeds/changes.atom} and {@code /feeds/changes.json}: one
 * entry per data revision and per award edition, newest first, filterable by
 * {@code fiscalYear}, {@code province}, {@code level} and {@code sector}, in
 * {@code lang=id} (the default) or {@code en}; and each revision's changes at
 * {@code /changes/{revision}} (HTML) and {@code /changes/{revision}.json}. They are read
 * like the exports: an ETag that turns with the data version, CORS, typed errors.
 */
@Configuration(proxyBeanMethods = false)
class ChangeRoutes {

	/** How many revisions a feed lists. */
	static final int FEED_REVISIONS = 50;

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private static final MediaType JSON_FEED = new MediaType("application", "feed+json", StandardCharsets.UTF_8);

	private static final Set<String> FEED_PARAMETERS = Set.of("fiscalYear", "province", "level", "sector", "lang");

	private final DataRevisionRepository revisions;

	private final ReferenceDataCache referenceData;

	private final DataVersion dataVersion;

	private final JsonMapper json;

	ChangeRoutes(DataRevisionRepository revisions, ReferenceDataCache referenceData, DataVersion dataVersion,
			JsonMapper json) {
		this.revisions = revisions;
		this.referenceData = referenceData;
		this.dataVersion = dataVersion;
		this.json = json;
	}

	@Bean
	RouterFunction<ServerResponse> changeRouter() {
		return RouterFunctions.route()
			.GET("/feeds/changes.atom", CsvResponses.checked((request) -> feed(request, false)))
			.GET("/feeds/changes.json", CsvResponses.checked((request) -> feed(request, true)))
			.GET("/changes/{revision}.json", CsvResponses.checked((request) -> revision(request, true)))
			.GET("/changes/{revision}", CsvResponses.checked((request) -> revision(request, false)))
			.build();
	}

	private Mono<ServerResponse> feed(ServerRequest request, boolean jsonFeed) {
		QueryParameters parameters = QueryParameters.of(request, FEED_PARAMETERS);
		boolean english = parameters.english();
		Integer fiscalYear = parameters.integer("fiscalYear");
		RegionCode province = parameters.regionCode("province", true);
		RegionLevel level = parameters.enumeration("level", RegionLevel.class);
		SectorCode sector = parameters.enumeration("sector", SectorCode.class);
		ChangeFilter filter = new ChangeFilter(fiscalYear, (province != null) ? province.value() : null,
				(level != null) ? level.name() : null, (sector != null) ? sector.name() : null);
		String base = base(request);
		return this.referenceData.get().flatMap((data) -> {
			if (province != null && data.region(province).isEmpty()) {
				throw new BadParameterException("province", "Query parameter 'province': there is no province "
						+ province + "; the provinces' codes run from 11 to 96, e.g. 32 for Jawa Barat");
			}
			ChangeWords words = new ChangeWords(english, data);
			return this.revisions.findForFeed(filter, FEED_REVISIONS).collectList().flatMap((listed) -> {
				List<FeedEntry> entries = new ArrayList<>();
				listed.forEach((revision) -> entries.add(revisionEntry(base, words, revision)));
				editions(data, filter).forEach((edition) -> entries.add(editionEntry(base, words, edition)));
				entries.sort(Comparator.comparing(FeedEntry::updated).reversed());
				OffsetDateTime updated = entries.isEmpty() ? this.dataVersion.lastModified().atOffset(ZoneOffset.UTC)
						: entries.get(0).updated();
				String self = UriComponentsBuilder.fromUriString(base)
					.path(request.path())
					.query(request.uri().getRawQuery())
					.build()
					.toUriString();
				FeedWriter.Feed feed = new FeedWriter.Feed(words.feedTitle(filter), words.feedDescription(),
						words.language(), self, base + "/explore?lang=" + words.language(), updated);
				return ServerResponse.ok()
					.contentType(jsonFeed ? JSON_FEED : ATOM)
					.bodyValue(jsonFeed ? FeedWriter.json(this.json, feed, entries) : FeedWriter.atom(feed, entries));
			});
		});
	}

	private static FeedEntry revisionEntry(String base, ChangeWords words, ListedRevision listed) {
		String page = base + "/changes/" + listed.revision().number();
		return new FeedEntry(page, words.revisionTitle(listed.revision()),
				words.revisionSummary(listed.revision(), listed.ranksMoved()), listed.revision().importedAt(),
				page + "?lang=" + words.language(), page + ".json",
				List.of(listed.revision().kind().name(), "FY" + listed.revision().fiscalYear()));
	}

	private static FeedEntry editionEntry(String base, ChangeWords words, AwardEdition edition) {
		String page = base + "/explore?edition=" + edition.year();
		// the ceremony's day in western Indonesia (UTC+7)
		OffsetDateTime held = edition.heldOn().atStartOfDay().atOffset(ZoneOffset.ofHours(7));
		// the explorer's view: no JSON of its own
		return new FeedEntry(page, words.editionTitle(edition), words.editionSummary(edition), held,
				page + "&lang=" + words.language(), null, List.of("EDITION", "FY" + edition.fiscalYear()));
	}

	/**
	 * The editions a feed lists: those of its fiscal year, with a result in its province
	 * or at its level; none for a sector, since the awards rank the overall index.
	 */
	private static List<AwardEdition> editions(ReferenceData data, ChangeFilter filter) {
		if (filter.sector() != null) {
			return List.of();
		}
		return data.editions().stream().filter((edition) -> {
			if (filter.fiscalYear() != null && edition.fiscalYear() != filter.fiscalYear()) {
				return false;
			}
			if (filter.provinceCode() == null && filter.level() == null) {
				return true;
			}
			List<AwardResult> results = data.awardResults(null, null, edition.year(), edition.year());
			return results.stream()
				.anyMatch((result) -> (filter.provinceCode() == null
						|| result.region().province().value().equals(filter.provinceCode()))
						&& (filter.level() == null || result.region().level().name().equals(filter.level())));
		}).toList();
	}

	private Mono<ServerResponse> revision(ServerRequest request, boolean asJson) {
		QueryParameters parameters = QueryParameters.of(request, Set.of("lang"));
		boolean english = parameters.english();
		String text = request.pathVariable("revision");
		long number;
		try {
			number = Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			number = 0;
		}
		if (number < 1) {
			throw new BadParameterException("revision",
					"A revision is a positive whole number, e.g. /changes/12, not '" + text + "'");
		}
		long revision = number;
		return Mono
			.zip(this.referenceData.get(),
					this.revisions.findChanges(revision)
						.switchIfEmpty(Mono.error(() -> new NotFoundException("revision",
								"There is no data revision " + revision
										+ ": the change feed /feeds/changes.atom lists those there are"))))
			.flatMap((found) -> {
				RevisionPage page = new RevisionPage(new ChangeWords(english, found.getT1()), found.getT2());
				return asJson
						? ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(page.json(this.json))
						: ServerResponse.ok()
							.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
							.bodyValue(page.html(this.json));
			});
	}

	/** The address the reader reached the service at, without a path. */
	private static String base(ServerRequest request) {
		return UriComponentsBuilder.fromUri(request.uri()).replacePath(null).replaceQuery(null).build().toUriString();
	}

}
