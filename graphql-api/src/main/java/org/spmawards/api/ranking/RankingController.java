package org.spmawards.api.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.support.Arguments;
import org.spmawards.api.support.Grouping;
import org.spmawards.api.support.PageRequest;
import org.spmawards.api.support.Pagination;
import org.spmawards.api.support.TrivialFetchers;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.Page;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves rankings and the fields of their entries. A page costs one statement, and its
 * entries' field values one more; the regions and levels they name come from memory.
 */
@Controller
class RankingController implements RuntimeWiringConfigurer {

	private final IndexRepository index;

	private final RankingRepository rankings;

	private final ReferenceDataCache referenceData;

	private final Pagination pagination;

	RankingController(IndexRepository index, RankingRepository rankings, ReferenceDataCache referenceData,
			Pagination pagination) {
		this.index = index;
		this.rankings = rankings;
		this.referenceData = referenceData;
		this.pagination = pagination;
	}

	@QueryMapping
	Mono<RankingConnection> rankings(@Argument int edition, @Argument RegionLevel category,
			@Argument @Nullable SectorCode sector, @Argument @Nullable String provinceCode,
			@Argument boolean includePreliminary, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingFieldSelectionSet selection) {
		PageRequest page = this.pagination.request(first, after, last, before);
		RegionCode province = Arguments.provinceCode("provinceCode", provinceCode);
		boolean withSectors = selection.contains("edges/node/sectors") || selection.contains("nodes/sectors");
		return this.referenceData.get().map((data) -> Editions.require(data, "edition", edition)).flatMap((found) -> {
			Ranking ranking = new Ranking(found.fiscalYear(), category, sector, province, includePreliminary);
			return this.pagination
				.read(page, (slice) -> this.rankings.findRanking(ranking, slice.offset(), slice.limit()),
						(read) -> read.page().totalCount())
				.flatMap((read) -> sectors(read.page(), found.fiscalYear(), withSectors)
					.map((sectors) -> new RankingConnection(this.pagination.connection(entries(read.page(), sectors)),
							read.coverage(), found.fiscalYear())));
		});
	}

	/**
	 * Reads the field values of a page's regions with the page, in one more statement for
	 * the whole page, so that the entries' {@code sectors} are plain properties: no data
	 * loader, no handler method per entry.
	 */
	private Mono<Map<RegionCode, List<IndexValue>>> sectors(Page<RankingRow> rows, int fiscalYear, boolean wanted) {
		if (!wanted || rows.items().isEmpty()) {
			return Mono.just(Map.of());
		}
		List<RegionCode> regions = rows.items().stream().map((row) -> row.value().region()).toList();
		return this.index.findFieldValuesByRegions(regions, fiscalYear)
			.collectList()
			.map(Grouping.by(IndexValue::region));
	}

	private static Page<RankingEntry> entries(Page<RankingRow> rows, Map<RegionCode, List<IndexValue>> sectors) {
		List<RankingEntry> entries = new ArrayList<>(rows.items().size());
		for (int i = 0; i < rows.items().size(); i++) {
			RankingRow row = rows.items().get(i);
			entries.add(new RankingEntry(row, rows.offset() + i + 1,
					sectors.getOrDefault(row.value().region(), List.of())));
		}
		return new Page<>(entries, rows.offset(), rows.totalCount());
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring
			.type("RankingEntry",
					(type) -> type
						.dataFetcher("region",
								TrivialFetchers.<RankingEntry>region(this.referenceData,
										(entry) -> entry.index().region()))
						.dataFetcher("achievementLevel", TrivialFetchers.<RankingEntry>level(this.referenceData,
								(entry) -> entry.index().achievementLevel())));
	}

}
