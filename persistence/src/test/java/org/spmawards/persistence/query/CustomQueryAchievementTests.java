package org.spmawards.persistence.query;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.persistence.test.Achievements;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom queries over service achievements that this test reports in a database of its
 * own.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = "spm.test-database.name=custom_queries")
class CustomQueryAchievementTests {

	@Autowired
	CustomQueryRepository queries;

	@Test
	void countsAchievementsWithoutAMeasureOnAPagePastTheEnd(@Autowired DatabaseClient database) {
		// two reported services whose achievement is not computed: a page past the end
		// must count them as the first page does
		Achievements.of(2024)
			.verification(Verification.VERIFIED_SINGLE)
			.note(null)
			.report("36.71", "HEA-K-1", null, null, null)
			.report("36.71", "HEA-K-2", 100, 90, 80)
			.insert(database)
			.block();
		Filter tangerang = new Filter.Condition(QueryField.REGION_CODE, FilterOperator.EQUAL_TO, "36.71");
		StepVerifier.create(this.queries.achievements(tangerang, List.of(), 0, 1))
			.assertNext((page) -> assertThat(page.totalCount()).isEqualTo(2))
			.verifyComplete();
		StepVerifier.create(this.queries.achievements(tangerang, List.of(), 10, 1))
			.assertNext((page) -> assertThat(page.totalCount()).isEqualTo(2))
			.verifyComplete();
	}

}
