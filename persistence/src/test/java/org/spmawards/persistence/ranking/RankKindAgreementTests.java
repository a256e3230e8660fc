package org.spmawards.persistence.ranking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.imports.DataImporter;
import org.spmawards.persistence.imports.ImportReport;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.test.FullYear;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rank-kind rule is the domain's ({@link RankKind#of}), applied twice: by the index
 * computation, which stores each value's rank kind, and by the ranking statement, which
 * counts what the rule needs over the whole category. Here the two agree on every ranking
 * (every fiscal year, level and field) of the curated data, whose rankings are all
 * partial, and after a full year of achievements is imported, which makes some rankings
 * national and others mix published with computed values.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=rank_kinds")
class RankKindAgreementTests {

	@Autowired
	RankingRepository rankings;

	@Autowired
	ReferenceDataCache referenceData;

	@Test
	void theRankingStatementAndTheStoredValuesSayTheSameRankKind(@Autowired DataImporter importer,
			@Autowired DatabaseClient database, @Autowired IndexRefresher refresher) {
		ImportedData.clear(database, refresher);
		ReferenceData reference = this.referenceData.get().block();
		assertThat(disagreements(reference, EnumSet.noneOf(RankKind.class))).isEmpty();
		ImportReport imported = importer
			.importAchievements(2024, "data-team", "https://example.org/spm/2024.csv",
					Flux.just(buffer(FullYear.file(reference, 0))))
			.block();
		assertThat(imported.status()).isEqualTo(ImportReport.IMPORTED);
		Set<RankKind> seen = EnumSet.noneOf(RankKind.class);
		assertThat(disagreements(reference, seen)).isEmpty();
		assertThat(seen).containsExactlyInAnyOrder(RankKind.values());
		ImportedData.clear(database, refresher);
	}

	/** The rankings whose entries say another kind than the ranking does. */
	private List<String> disagreements(ReferenceData reference, Set<RankKind> seen) {
		List<String> disagreements = new ArrayList<>();
		List<SectorCode> sectors = new ArrayList<>();
		sectors.add(null);
		sectors.addAll(List.of(SectorCode.values()));
		for (int fiscalYear : reference.editions().stream().map(AwardEdition::fiscalYear).toList()) {
			for (RegionLevel level : RegionLevel.values()) {
				for (SectorCode sector : sectors) {
					Ranking ranking = Ranking.of(fiscalYear, level, sector);
					RankKind kind = this.rankings.findRanking(ranking, 0, 1).block().coverage().rankKind();
					seen.add(kind);
					this.rankings.findEntries(ranking, 0, 1000, false, false)
						.filter((entry) -> entry.rankKind() != kind)
						.map((entry) -> ranking + ": the ranking is " + kind + ", " + entry.value().region() + " is "
								+ entry.rankKind())
						.collectList()
						.block()
						.forEach(disagreements::add);
				}
			}
		}
		return disagreements;
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
