package org.spmawards.api.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.award.Editions;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.Grouping;
import org.spmawards.api.fetching.Selections;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.api.identity.GlobalId;
import org.spmawards.api.index.FigureSelection;
import org.spmawards.api.paging.PageRequest;
import org.spmawards.api.paging.Pagination;
import org.spmawards.domain.index.IndexFigure;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.ranking.RankedFigure;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves rankings and the fields of their entries. A page costs one statement, and its
 * entries' field values one more; the regions and levels they name come from memory. What
 * the statements read follows the selection: the ranking's coverage, the ranks of the
 * year before and more than the field values' figures only when asked for, and the
 * entries themselves only as figures when the selection shows no more.
 */
@Controller
class RankingController implements RuntimeWiringConfigurer {

	/** The fields of a ranking entry that need the year before. */
	static final Set<String> PREVIOUS_FIELDS = Set.of("previousRank", "rankChange");

	/** The fields of a ranking that need it counted. */
	static final Set<String> COUNTED_FIELDS = Set.of("totalCount", "coverage", "pageInfo");

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

	/**
	 * The query {@code rankings}. An explicit null for {@code includePreliminary} is its
	 * default, false.
	 */
	@QueryMapping
	Mono<RankingConnection> rankings(@Argument int edition, @Argument RegionLevel category,
			@Argument @Nullable SectorCode sector, @Argument @Nullable String provinceCode,
			@Argument @Nullable Boolean includePreliminary, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingEnvironment environment) {
		return rankings(edition, category, sector, provinceCode, Boolean.TRUE.equals(includePreliminary), first, after,
				last, before, environment);
	}

	private Mono<RankingConnection> rankings(int edition, RegionLevel category, @Nullable SectorCode sector,
			@Nullable String provinceCode, boolean includePreliminary, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before, DataFetchingEnvironment environment) {
		RegionCode province = Arguments.provinceCode("provinceCode", provinceCode);
		Selections selection = Selections.of(environment);
		Selections node = selection.under("edges", "node").and(selection.under("nodes"));
		SectorsRead withSectors = SectorsRead.of(node);
		boolean withPrevious = node.anyNamed(PREVIOUS_FIELDS);
		return this.referenceData.get().map((data) -> Editions.require(data, "edition", edition)).flatMap((found) -> {
			Ranking ranking = new Ranking(found.fiscalYear(), category, sector, province, includePreliminary);
			this.pagination.scope(environment, RankingRepository.scope(ranking));
			PageRequest page = this.pagination.request(environment, first, after, last, before);
			// the ranking's coverage, its length and the page's place in it need the
			// whole
			// ranking counted, and so does a page counted from the end
			boolean counted = page.fromEnd() || includePreliminary || selection.anyNamed(COUNTED_FIELDS);
			EntryIds ids = new EntryIds(edition, category, sector, province, includePreliminary);
			if (!counted) {
				// a table showing only the fields' figures gets them in the same
				// statement
				boolean figures = withSectors == SectorsRead.FIGURES;
				if (withSectors != SectorsRead.VALUES && node.allNamed(RankingEntry.FIGURE_FIELDS)) {
					// and one showing no more than figures reads the entries as figures
					return this.rankings.findFigures(ranking, page.offset(), page.limit(), figures)
						.collectList()
						.map((rows) -> RankingConnection.uncounted(this.pagination.edges(environment,
								figureEntries(rows, page.offset(), ids), page.offset()), found.fiscalYear()));
				}
				return this.rankings.findEntries(ranking, page.offset(), page.limit(), withPrevious, figures)
					.collectList()
					.flatMap((rows) -> figures
							? Mono.just(entries(rows, page.offset(), ids, RankingController::figuresRead))
							: entries(rows, page.offset(), ids, found.fiscalYear(), withSectors))
					.map((entries) -> RankingConnection
						.uncounted(this.pagination.edges(environment, entries, page.offset()), found.fiscalYear()));
			}
			return this.pagination
				.read(page, (slice) -> this.rankings.findRanking(ranking, slice.offset(), slice.limit()),
						(read) -> read.page().totalCount())
				.flatMap(
						(read) -> entries(read.page().items(), read.page().offset(), ids, found.fiscalYear(),
								withSectors)
							.map((entries) -> RankingConnection.counted(
									this.pagination.connection(environment,
											new Page<>(entries, read.page().offset(), read.page().totalCount())),
									read.coverage(), found.fiscalYear())));
		});
	}

	/**
	 * Makes the entries of a page with the field values of its regions when the selection
	 * asks for them, read in one more statement for the whole page, so that the entries'
	 * {@code sectors} are plain properties (no data loader, no handler method per entry).
	 */
	private Mono<List<RankingEntry>> entries(List<RankingRow> rows, long offset, EntryIds ids, int fiscalYear,
			SectorsRead wanted) {
		if (wanted == SectorsRead.NONE || rows.isEmpty()) {
			return Mono.just(entries(rows, offset, ids, (row) -> List.of()));
		}
		List<RegionCode> regions = rows.stream().map((row) -> row.value().region()).toList();
		Flux<IndexFigure> figures = (wanted == SectorsRead.FIGURES)
				? this.index.findSectorFiguresByRegions(regions, fiscalYear).cast(IndexFigure.class)
				: this.index.findSectorValuesByRegions(regions, fiscalYear).cast(IndexFigure.class);
		return figures.collectList()
			.map(Grouping.by(IndexFigure::region))
			.map((sectors) -> entries(rows, offset, ids,
					(row) -> sectors.getOrDefault(row.value().region(), List.of())));
	}

	/** The field figures read with an entry (none for a region without field values). */
	private static List<IndexFigure> figuresRead(RankingRow row) {
		return Objects.requireNonNullElse(row.sectorFigures(), List.of());
	}

	private static List<RankingEntry> entries(List<RankingRow> rows, long offset, EntryIds ids,
			Function<RankingRow, List<IndexFigure>> sectors) {
		return numbered(rows, offset,
				(row, position) -> new ValueEntry(ids.of(row.value().region()), row, position, sectors.apply(row)));
	}

	private static List<RankingEntry> figureEntries(List<RankedFigure> rows, long offset, EntryIds ids) {
		return numbered(rows, offset, (row, position) -> new FigureEntry(ids.of(row.figure().region()), row, position,
				Objects.requireNonNullElse(row.sectorFigures(), List.<IndexFigure>of())));
	}

	/**
	 * The IDs of a ranking's entries: the ranking (edition, category, field, province and
	 * whether preliminary values are ranked, all of which an entry's place depends on)
	 * and the region.
	 */
	record EntryIds(int edition, RegionLevel category, @Nullable SectorCode sector, @Nullable RegionCode province,
			boolean includePreliminary) {

		String of(RegionCode region) {
			return new GlobalId("RankingEntry",
					this.edition + ":" + this.category + ":" + ((this.sector != null) ? this.sector : "OVERALL") + ":"
							+ ((this.province != null) ? this.province.value() : "ALL") + ":"
							+ (this.includePreliminary ? "WITH_PRELIMINARY" : "FINAL") + ":" + region.value())
				.encoded();
		}

	}

	/** Makes the entries of a page's rows, each with its place in the whole list. */
	private static <R> List<RankingEntry> numbered(List<R> rows, long offset, BiFunction<R, Long, RankingEntry> entry) {
		List<RankingEntry> entries = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			entries.add(entry.apply(rows.get(i), offset + i + 1));
		}
		return entries;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("RankingEntry",
				(type) -> type
					.dataFetcher("region",
							TrivialFetchers.<RankingEntry>region(this.referenceData, RankingEntry::region))
					// a FigureEntry is made only for a selection without this field
					.dataFetcher("achievementLevel", TrivialFetchers.<ValueEntry>level(this.referenceData,
							(entry) -> entry.index().achievementLevel())));
	}

	/**
	 * How much of the entries' field values to read: none, their figures alone (four
	 * columns) when the selection asks for nothing else of them, or the whole values.
	 */
	enum SectorsRead {

		NONE, FIGURES, VALUES;

		private static final Set<String> SECTORS = Set.of("sectors");

		/**
		 * How much of the field values the entries' selection asks for.
		 * @param entry the fields selected on the entries
		 * @return what to read
		 */
		static SectorsRead of(Selections entry) {
			if (!entry.anyNamed(SECTORS)) {
				return NONE;
			}
			return FigureSelection.suffices(entry.under("sectors")) ? FIGURES : VALUES;
		}

	}

}
