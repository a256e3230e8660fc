package org.spmawards.api.ranking;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.ranking.Ranking;
import org.spmawards.persistence.ranking.RankingPage;
import org.spmawards.persistence.ranking.RankingRepository;
import org.spmawards.persistence.ranking.RankingRow;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.test.FullYear;
import org.spmawards.persistence.test.ImportedData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The truth suite: every ranking, on the official data as shipped and after a data team's
 * full-year import, agrees with itself and with the published ranks. A computed rank is
 * national only where it can never contradict a published one; the national rank is the
 * published one wherever there is one; a change belongs to the rank beside it; each rank
 * column has one holder per rank but for ties; an import without a source is never
 * verified.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=truth", "spm.admin-token=truth-token",
		"spm.admin-token-name=ministry-data-team" })
class RankTruthTests {

	private static final String ENTRY = "position rank rankKind nationalRank nationalRankOrigin previousRank rankChange"
			+ " publishedRank publishedRankScope { kind } value origin status region { code }";

	private static final List<String> CATEGORIES = List.of("PROVINCE", "REGENCY", "CITY");

	private static final List<String> SCOPES = List.of("", "EDUCATION", "HEALTH", "PUBLIC_WORKS", "HOUSING",
			"PUBLIC_ORDER", "SOCIAL");

	@Autowired
	WebTestClient client;

	@Autowired
	ReferenceDataCache referenceData;

	@Autowired
	RankingRepository rankings;

	@BeforeEach
	void startWithoutImportedData(@Autowired DatabaseClient database, @Autowired IndexRefresher refresher,
			@Autowired DataVersionStore dataVersion) {
		ImportedData.clear(database, refresher);
		dataVersion.refresh().block();
	}

	@Test
	void everyRankingOfTheOfficialDataAgreesWithItselfAndWithThePublishedRanks() throws IOException {
		Map<String, Integer> published = curatedNationalRanks();
		int checked = 0;
		for (int edition : editions()) {
			for (String category : CATEGORIES) {
				for (String scope : SCOPES) {
					checked += check(ranking(edition, category, scope), published);
				}
			}
		}
		// every curated national rank of a final value is in a ranking, and agrees
		assertThat(checked).isEqualTo(published.size());
	}

	@Test
	void rankingOfPublishedValuesShowsThePublishedNationalRankFirst() {
		// official Maluku: 1st of the one province held, 17th nationally as published,
		// 21st the year before: the change +4 belongs to the 17
		Map<String, Object> maluku = entries(ranking(2025, "PROVINCE", "")).get(0);
		assertThat(maluku).containsEntry("rank", 1)
			.containsEntry("rankKind", "WITHIN_DATA_HELD")
			.containsEntry("nationalRank", 17)
			.containsEntry("nationalRankOrigin", "PUBLISHED")
			.containsEntry("previousRank", 21)
			.containsEntry("rankChange", 4);
		CSVRecord line = csv("/export/rankings.csv?edition=2025&category=PROVINCE").get(0);
		assertThat(line.getParser().getHeaderNames()).startsWith("edition", "category", "sector", "position",
				"national_rank", "national_rank_origin", "previous_rank", "rank_change", "rank", "rank_kind");
		assertThat(List.of(line.get("national_rank"), line.get("national_rank_origin"), line.get("rank_change"),
				line.get("rank"), line.get("rank_kind")))
			.containsExactly("17", "PUBLISHED", "4", "1", "WITHIN_DATA_HELD");
	}

	@Test
	void aFullYearImportRanksPublishedAndComputedValuesTogetherNeverAsNational() throws IOException {
		importFullYear(2024);
		Map<String, Object> provinces = ranking(2025, "PROVINCE", "");
		assertThat(coverage(provinces)).containsEntry("regionsWithValue", 38)
			.containsEntry("regionsInCategory", 38)
			.containsEntry("complete", true)
			.containsEntry("rankKind", "MIXED_METHODS");
		Map<String, Object> maluku = entries(provinces).stream()
			.filter((entry) -> "81".equals(code(entry)))
			.findFirst()
			.orElseThrow();
		assertThat(maluku).containsEntry("rankKind", "MIXED_METHODS")
			.containsEntry("nationalRank", 17)
			.containsEntry("nationalRankOrigin", "PUBLISHED");
		assertThat(entries(provinces))
			.allSatisfy((entry) -> assertThat(entry.get("rankKind")).isEqualTo("MIXED_METHODS"));
		// Kota Tangerang's published 99.95 among 96 computed city values
		assertThat(coverage(ranking(2025, "CITY", ""))).containsEntry("rankKind", "MIXED_METHODS");
		Map<String, Integer> published = curatedNationalRanks();
		for (String category : CATEGORIES) {
			for (String scope : SCOPES) {
				check(ranking(2025, category, scope), published);
			}
			List<CSVRecord> lines = csv("/export/rankings.csv?edition=2025&category=" + category);
			assertThat(lines).hasSize(entries(ranking(2025, category, "")).size());
			checkColumn(lines, "national_rank");
			checkColumn(lines, "rank");
		}
	}

	@Test
	void neverCallsARankingWithPreliminaryValuesNational() {
		// every province published for fiscal year 2024, ranked in the order of its
		// value,
		// the last only preliminarily: the final ranking holds 37 of 38, and with the
		// preliminary value it is complete but mixes two evaluations
		List<String> provinces = Objects.requireNonNull(this.referenceData.get().block())
			.regions()
			.values()
			.stream()
			.filter((region) -> region.code().isProvince())
			.map((region) -> region.code().value())
			.sorted()
			.toList();
		StringBuilder file = new StringBuilder("region_code,sector,value,national_rank,status\n");
		for (int i = 0; i < provinces.size(); i++) {
			boolean last = i == provinces.size() - 1;
			file.append(provinces.get(i))
				.append(",,")
				.append(String.format(java.util.Locale.ROOT, "%.2f", 99.0 - i * 0.5))
				.append(',')
				.append(last ? "" : String.valueOf(i + 1))
				.append(',')
				.append(last ? "PRELIMINARY" : "FINAL")
				.append('\n');
		}
		post("/admin/imports/index-values?fiscalYear=2024&sourceUrl=https://example.org/provinces-2024.pdf",
				file.toString());
		assertThat(coverage(ranking(2025, "PROVINCE", ""))).containsEntry("regionsWithValue", 37)
			.containsEntry("rankKind", "WITHIN_DATA_HELD");
		Map<String, Object> withPreliminary = map(graphQl("{ rankings(edition: 2025, category: PROVINCE,"
				+ " includePreliminary: true, first: 100) { coverage { regionsWithValue rankKind } } }")
			.get("rankings"));
		assertThat(coverage(withPreliminary)).containsEntry("regionsWithValue", 38)
			.containsEntry("rankKind", "MIXED_METHODS");
	}

	@Test
	void aCursorGivenBeforeAnImportSaysTheDataChanged() {
		Map<String, Object> page = map(
				graphQl("{ rankings(edition: 2025, category: CITY, first: 1) {" + " pageInfo { endCursor } } }")
					.get("rankings"));
		String cursor = (String) map(page.get("pageInfo")).get("endCursor");
		String next = "{ rankings(edition: 2025, category: CITY, first: 1, after: \"" + cursor + "\") { totalCount } }";
		assertThat(graphQl(next)).containsKey("rankings");
		post("/admin/imports/achievements?fiscalYear=2024", FullYear.HEADER + "36.71,HEA-K-1,100,90,100\n");
		Map<String, Object> answer = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", next))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(answer.toString()).contains("The data changed since this cursor was given",
				"start again from its first page", "argument=after");
	}

	@Test
	void anImportWithoutASourceIsUnsourcedAndSaysWhoVouchedForIt() {
		post("/admin/imports/achievements?fiscalYear=2024",
				FullYear.HEADER + "36.71,HEA-K-1,100,90,100\n36.71,EDU-K-1,100,100,100\n");
		Map<String, Object> provenance = achievementProvenance();
		assertThat(provenance).containsEntry("verification", "UNSOURCED").containsEntry("sources", List.of());
		assertThat((String) provenance.get("note")).contains("'ministry-data-team'")
			.contains("sha256:")
			.contains("no source address was given");
		Map<String, Object> revision = list(
				map(graphQl("{ dataRevisions { nodes { importedBy sourceUrl } } }").get("dataRevisions")).get("nodes"))
			.get(0);
		assertThat(revision).containsEntry("importedBy", "ministry-data-team").containsEntry("sourceUrl", null);
		// the same rows with the address they were published at: now seen in one
		// publication
		post("/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/spm-2024.csv",
				FullYear.HEADER + "36.71,HEA-K-1,100,90,100\n36.71,EDU-K-1,100,100,100\n");
		provenance = achievementProvenance();
		assertThat(provenance).containsEntry("verification", "VERIFIED_SINGLE")
			.containsEntry("sources", List.of("https://example.org/spm-2024.csv"));
		assertThat((String) provenance.get("note")).contains("published at https://example.org/spm-2024.csv");
	}

	@Test
	void theRankKindCountedInSqlAgreesWithTheDomainsRule() {
		// the official data (partial rankings of published values), a partial import
		// (published and computed values in a partial ranking) and a full one
		assertSqlAgreesWithTheDomain(2024);
		post("/admin/imports/achievements?fiscalYear=2024",
				FullYear.file(Objects.requireNonNull(this.referenceData.get().block()), 0)
					.lines()
					.limit(2000)
					.collect(Collectors.joining("\n", "", "\n")));
		assertSqlAgreesWithTheDomain(2024);
		importFullYear(2024);
		assertSqlAgreesWithTheDomain(2024);
	}

	/**
	 * The kind of a ranking read with its coverage is counted in SQL; the kind stored
	 * with each value was decided by the domain when the year was computed.
	 */
	private void assertSqlAgreesWithTheDomain(int fiscalYear) {
		for (RegionLevel category : RegionLevel.values()) {
			for (SectorCode sector : sectorsAndOverall()) {
				Ranking ranking = Ranking.of(fiscalYear, category, sector);
				RankingPage page = this.rankings.findRanking(ranking, 0, 1000).block();
				List<RankKind> stored = this.rankings.findEntries(ranking, 0, 1000, false, false)
					.map(RankingRow::rankKind)
					.collectList()
					.block();
				if (!stored.isEmpty()) {
					assertThat(stored).as(category + " " + sector).containsOnly(page.coverage().rankKind());
				}
			}
		}
	}

	private static List<@Nullable SectorCode> sectorsAndOverall() {
		List<@Nullable SectorCode> scopes = new ArrayList<>();
		scopes.add(null);
		scopes.addAll(List.of(SectorCode.values()));
		return scopes;
	}

	/**
	 * Checks one whole ranking and returns how many of its entries carry a curated
	 * published national rank.
	 */
	private int check(Map<String, Object> ranking, Map<String, Integer> published) {
		List<Map<String, Object>> entries = entries(ranking);
		if (entries.isEmpty()) {
			return 0;
		}
		String kind = (String) coverage(ranking).get("rankKind");
		int fiscalYear = (int) ranking.get("fiscalYear");
		Set<Object> origins = entries.stream().map((entry) -> entry.get("origin")).collect(Collectors.toSet());
		if (origins.size() > 1) {
			assertThat(kind).as("a ranking of published and computed values").isEqualTo("MIXED_METHODS");
		}
		int curated = 0;
		for (Map<String, Object> entry : entries) {
			String described = fiscalYear + " " + code(entry) + " " + entry;
			assertThat(entry.get("rankKind")).as(described).isEqualTo(kind);
			// a competition rank: one more than the entries with a higher value
			double value = ((Number) entry.get("value")).doubleValue();
			long higher = entries.stream()
				.filter((other) -> ((Number) other.get("value")).doubleValue() > value)
				.count();
			assertThat(entry.get("rank")).as(described).isEqualTo((int) higher + 1);
			Object national = entry.get("nationalRank");
			Object origin = entry.get("nationalRankOrigin");
			if ("NATIONAL".equals(kind)) {
				assertThat(national).as(described).isEqualTo(entry.get("rank"));
			}
			if (isNationalPublishedRank(entry)) {
				assertThat(national).as(described).isEqualTo(entry.get("publishedRank"));
				assertThat(origin).as(described).isEqualTo("PUBLISHED");
			}
			else if (national != null) {
				assertThat(origin).as(described).isEqualTo("COMPUTED");
				assertThat(kind).as(described).isEqualTo("NATIONAL");
			}
			if (national == null) {
				assertThat(origin).as(described).isNull();
				assertThat(entry.get("previousRank")).as(described).isNull();
			}
			Object previous = entry.get("previousRank");
			Object change = entry.get("rankChange");
			assertThat(change).as(described)
				.isEqualTo((previous != null && national != null) ? (int) previous - (int) national : null);
			Integer curatedRank = published.get(fiscalYear + " " + code(entry) + " " + scope(ranking));
			if (curatedRank != null && "FINAL".equals(entry.get("status"))) {
				assertThat(national).as(described).isEqualTo(curatedRank);
				curated++;
			}
		}
		// each national rank has one holder, but for computed ties
		entries.stream()
			.filter((entry) -> entry.get("nationalRank") != null)
			.collect(Collectors.groupingBy((entry) -> entry.get("nationalRank")))
			.forEach((rank, holders) -> {
				if (holders.size() > 1) {
					assertThat(holders).as("national rank " + rank)
						.allSatisfy((holder) -> assertThat(holder.get("nationalRankOrigin")).isEqualTo("COMPUTED"))
						.extracting((holder) -> holder.get("value"))
						.containsOnly(holders.get(0).get("value"));
				}
			});
		assertThat(entries.get(0).get("rank")).isEqualTo(1);
		return curated;
	}

	private static boolean isNationalPublishedRank(Map<String, Object> entry) {
		Object scope = entry.get("publishedRankScope");
		return entry.get("publishedRank") != null && scope instanceof Map<?, ?> map
				&& "NATIONAL".equals(map.get("kind"));
	}

	/** Each rank in a column has one holder, or its holders tie on the value. */
	private static void checkColumn(List<CSVRecord> lines, String column) {
		lines.stream()
			.filter((line) -> !line.get(column).isEmpty())
			.collect(Collectors.groupingBy((line) -> line.get(column)))
			.forEach((rank, holders) -> assertThat(holders).as(column + " " + rank)
				.extracting((holder) -> holder.get("value"))
				.containsOnly(holders.get(0).get("value")));
		List<String> first = lines.stream()
			.filter((line) -> line.get(column).equals("1"))
			.map((line) -> line.get("value"))
			.distinct()
			.toList();
		assertThat(first).as("the values of the holders of " + column + " 1").hasSizeLessThanOrEqualTo(1);
	}

	/** Fiscal year, region code and field (empty for the overall index) to rank. */
	private static Map<String, Integer> curatedNationalRanks() throws IOException {
		Map<String, Integer> ranks = new HashMap<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource("data/spm/index_values.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				if (!row.get("national_rank").isEmpty() && !row.get("note").startsWith("PRELIMINARY")) {
					ranks.put(row.get("fiscal_year") + " " + row.get("region_code") + " " + row.get("field"),
							Integer.valueOf(row.get("national_rank")));
				}
			}
		}
		assertThat(ranks).isNotEmpty();
		return ranks;
	}

	private List<Integer> editions() {
		List<Map<String, Object>> editions = list(graphQl("{ editions { year } }").get("editions"));
		return editions.stream().map((edition) -> (Integer) edition.get("year")).toList();
	}

	/** A whole ranking, every page. */
	private Map<String, Object> ranking(int edition, String category, String scope) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		Map<String, Object> ranking;
		do {
			ranking = map(graphQl("{ rankings(edition: " + edition + ", category: " + category
					+ (scope.isEmpty() ? "" : ", sector: " + scope) + ", first: 100"
					+ ((after != null) ? ", after: \"" + after + "\"" : "")
					+ ") { fiscalYear coverage { regionsWithValue regionsInCategory complete rankKind }"
					+ " pageInfo { hasNextPage endCursor } nodes { " + ENTRY + " } } }")
				.get("rankings"));
			nodes.addAll(list(ranking.get("nodes")));
			Map<String, Object> pageInfo = map(ranking.get("pageInfo"));
			after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
		}
		while (after != null);
		Map<String, Object> whole = new HashMap<>(ranking);
		whole.put("nodes", nodes);
		whole.put("scope", scope);
		return whole;
	}

	private static List<Map<String, Object>> entries(Map<String, Object> ranking) {
		return list(ranking.get("nodes"));
	}

	private static Map<String, Object> coverage(Map<String, Object> ranking) {
		return map(ranking.get("coverage"));
	}

	private static String scope(Map<String, Object> ranking) {
		return (String) ranking.get("scope");
	}

	private static String code(Map<String, Object> entry) {
		return (String) map(entry.get("region")).get("code");
	}

	private Map<String, Object> achievementProvenance() {
		Map<String, Object> achievements = map(graphQl("{ achievements(filter: {fiscalYear: {equalTo: 2024}}, first: 1)"
				+ " { nodes { provenance { verification sources note } } } }")
			.get("achievements"));
		return map(list(achievements.get("nodes")).get(0).get("provenance"));
	}

	private void importFullYear(int fiscalYear) {
		post("/admin/imports/achievements?fiscalYear=" + fiscalYear,
				FullYear.file(Objects.requireNonNull(this.referenceData.get().block()), 0));
	}

	private void post(String uri, String file) {
		this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer truth-token")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private List<CSVRecord> csv(String uri) {
		String body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(Objects.requireNonNull(body)))
				.getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> graphQl(String document) {
		Map<String, Object> answer = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(answer).doesNotContainKey("errors");
		return map(answer.get("data"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
