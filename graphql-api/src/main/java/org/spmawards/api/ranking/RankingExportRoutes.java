package org.spmawards.api.ranking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.export.CsvResponses;
import org.spmawards.api.export.CsvResponses.Format;
import org.spmawards.api.web.QueryParameters;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.dataset.DatasetProperties;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingTable;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /export/rankings.csv} (and {@code .ndjson}, {@code .xlsx}): a whole ranking,
 * with the arguments of the GraphQL {@code rankings} field and the same entries, from the
 * same statement.
 */
@Configuration(proxyBeanMethods = false)
class RankingExportRoutes {

	/** The most entries a ranking has: the regencies. */
	private static final int MAX_RANKING = 1000;

	private final RankingRepository rankings;

	private final ReferenceDataCache referenceData;

	private final boolean demo;

	RankingExportRoutes(RankingRepository rankings, ReferenceDataCache referenceData, DatasetProperties settings) {
		this.rankings = rankings;
		this.referenceData = referenceData;
		this.demo = settings.kind() == DatasetKind.DEMO;
	}

	@Bean
	RouterFunction<ServerResponse> rankingExportRouter() {
		RouterFunctions.Builder routes = RouterFunctions.route();
		for (Format format : Format.values()) {
			routes.GET("/export/rankings." + format.extension(),
					CsvResponses.checked((request) -> rankings(request, format)));
		}
		return routes.build();
	}

	/**
	 * The arguments of {@code rankings}, but paging: the file holds the whole ranking.
	 */
	private Mono<ServerResponse> rankings(ServerRequest request, Format format) {
		QueryParameters parameters = QueryParameters.of(request,
				CsvResponses.parameters(format, "edition", "category", "sector", "provinceCode", "includePreliminary"));
		int edition = parameters.requiredInteger("edition", "2025");
		RegionLevel category = parameters.requiredEnumeration("category", RegionLevel.class);
		SectorCode sector = parameters.enumeration("sector", SectorCode.class);
		RegionCode province = parameters.regionCode("provinceCode", true);
		boolean includePreliminary = parameters.bool("includePreliminary");
		return this.referenceData.get().flatMap((data) -> {
			AwardEdition found = Editions.require(data, "edition", edition);
			Ranking ranking = new Ranking(found.fiscalYear(), category, sector, province, includePreliminary);
			Flux<List<@Nullable String>> rows = this.rankings.findRanking(ranking, 0, MAX_RANKING)
				.flatMapIterable((page) -> RankingTable.rows(edition, page, data));
			return CsvResponses.rows(format, RankingTable.COLUMNS, rows,
					CsvResponses.fileName(this.demo, "ranking", String.valueOf(edition), category.name(),
							(sector != null) ? sector.name() : "overall", (province != null) ? province.value() : null,
							includePreliminary ? "with-preliminary" : null),
					parameters.bool(CsvResponses.BOM));
		});
	}

}
