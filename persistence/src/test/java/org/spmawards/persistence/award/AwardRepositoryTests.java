package org.spmawards.persistence.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithTestDatabase
class AwardRepositoryTests {

	@Autowired
	AwardRepository awards;

	@Test
	void listsFourEditionsEachRatingThePreviousYear() {
		StepVerifier.create(this.awards.findEditions().map((edition) -> edition.year() + "/" + edition.fiscalYear()))
			.expectNext("2022/2021", "2023/2022", "2024/2023", "2025/2024")
			.verifyComplete();
	}

	@Test
	void listsEveryResultByYearCategoryAndPlace() {
		StepVerifier.create(this.awards.findResults().map(AwardResult::id).collectList())
			.assertNext((ids) -> assertThat(ids).startsWith("2022:PROVINCE:1:35", "2022:PROVINCE:2:73")
				.contains("2023:CITY:1:36.71", "2024:CITY:3:36.71", "2025:CITY:1:36.71")
				.containsSubsequence("2025:PROVINCE:1:32", "2025:PROVINCE:2:31", "2025:PROVINCE:3:35",
						"2025:REGENCY:1:32.01", "2025:CITY:1:36.71", "2025:MOST_ACTIVE_PROVINCE:-:64")
				.endsWith("2025:MOST_ACTIVE_PROVINCE:-:64")
				.hasSize(36))
			.verifyComplete();
	}

	@Test
	void listsAnEditionsNomineesAndPublishedRanks() {
		StepVerifier
			.create(this.awards.findMentionsOfEditions(List.of(2024))
				.map((mention) -> mention.category() + " " + mention.kind() + " " + mention.rank() + " "
						+ mention.region()))
			.expectNext("PROVINCE NOMINEE null 33", "PROVINCE NOMINEE null 34", "PROVINCE NOMINEE null 73",
					"REGENCY PUBLISHED_RANK 4 52.04", "REGENCY PUBLISHED_RANK 5 33.07", "CITY PUBLISHED_RANK 4 36.73",
					"CITY PUBLISHED_RANK 5 13.71")
			.verifyComplete();
	}

}
