package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom queries over the eleven index values of the curated data (fiscal years
 * 2021-2024).
 */
@SpringBootTest
@WithTestDatabase
class CustomQueryRepositoryTests {

	@Autowired
	CustomQueryRepository queries;

	@Test
	void filtersWithEqualTo() {
		assertCodes(condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024), "35.78", "36.71", "81", "81",
				"81", "81");
	}

	@Test
	void filtersWithNotEqualTo() {
		assertCodes(new Filter.All(List.of(condition(QueryField.FISCAL_YEAR, FilterOperator.NOT_EQUAL_TO, 2024),
				condition(QueryField.FISCAL_YEAR, FilterOperator.NOT_EQUAL_TO, 2021))), "71.74", "81");
	}

	@Test
	void filtersWithInAndNotIn() {
		assertCodes(condition(QueryField.REGION_CODE, FilterOperator.IN, List.of("33", "73", "36.71")), "33", "73",
				"36.71");
		assertCodes(
				new Filter.All(List.of(condition(QueryField.FISCAL_YEAR, FilterOperator.IN, List.of(2021, 2022)),
						condition(QueryField.REGION_CODE, FilterOperator.NOT_IN, List.of("33", "73")))),
				"16.02", "71.74");
	}

	@Test
	void filtersWithTheFourComparisons() {
		// the values are 98.70, 100, 100 (2021), 86.43 (2022), 80.25 (2023), 99.83,
		// 99.95, 97.89, 100 x 3 (2024)
		assertCodes(condition(QueryField.VALUE, FilterOperator.LESS_THAN, new BigDecimal("97.89")), "71.74", "81");
		assertCodes(condition(QueryField.VALUE, FilterOperator.LESS_THAN_OR_EQUAL_TO, new BigDecimal("97.89")), "71.74",
				"81", "81");
		assertCodes(condition(QueryField.VALUE, FilterOperator.GREATER_THAN, new BigDecimal("99.83")), "33", "73",
				"36.71", "81", "81", "81");
		assertCodes(condition(QueryField.VALUE, FilterOperator.GREATER_THAN_OR_EQUAL_TO, new BigDecimal("99.83")), "33",
				"73", "35.78", "36.71", "81", "81", "81");
	}

	@Test
	void filtersWithIsNull() {
		assertCodes(condition(QueryField.SECTOR, FilterOperator.IS_NULL, false), "81", "81", "81");
		assertThat(count(condition(QueryField.SECTOR, FilterOperator.IS_NULL, true))).isEqualTo(8);
	}

	@Test
	void combinesWithOr() {
		assertCodes(
				new Filter.Any(List.of(condition(QueryField.LEVEL, FilterOperator.EQUAL_TO, "CITY"),
						condition(QueryField.PROVINCE_CODE, FilterOperator.EQUAL_TO, "16"))),
				"16.02", "71.74", "35.78", "36.71");
	}

	@Test
	void combinesWithNot() {
		// not (a city or a value of 100): what is left has a value below 100 and is no
		// city
		assertCodes(
				new Filter.Not(new Filter.Any(List.of(condition(QueryField.LEVEL, FilterOperator.EQUAL_TO, "CITY"),
						condition(QueryField.VALUE, FilterOperator.EQUAL_TO, new BigDecimal("100"))))),
				"16.02", "81", "81");
	}

	@Test
	void combinesWithAnd() {
		assertCodes(
				new Filter.All(
						List.of(condition(QueryField.LEVEL, FilterOperator.EQUAL_TO, "PROVINCE"),
								condition(QueryField.SECTOR, FilterOperator.IS_NULL, true), condition(QueryField.VALUE,
										FilterOperator.GREATER_THAN_OR_EQUAL_TO, new BigDecimal("90")))),
				"33", "73", "81");
	}

	@Test
	void ordersTiesByYearRegionAndField() {
		StepVerifier
			.create(this.queries
				.indexValues(condition(QueryField.VALUE, FilterOperator.EQUAL_TO, new BigDecimal("100")),
						List.of(new SortOrder(QueryField.VALUE, true)), 0, 20)
				.map((page) -> page.items().stream().map(CustomQueryRepositoryTests::describe).toList()))
			.expectNext(List.of("2021 33 null", "2021 73 null", "2024 81 EDUCATION", "2024 81 HEALTH",
					"2024 81 PUBLIC_WORKS"))
			.verifyComplete();
	}

	@Test
	void pagesThroughFilteredRows() {
		Filter overall = condition(QueryField.SECTOR, FilterOperator.IS_NULL, true);
		List<SortOrder> byValue = List.of(new SortOrder(QueryField.VALUE, false));
		StepVerifier.create(this.queries.indexValues(overall, byValue, 0, 3)).assertNext((page) -> {
			assertThat(page.totalCount()).isEqualTo(8);
			assertThat(page.items()).extracting((value) -> value.value().toString())
				.containsExactly("80.25", "86.43", "97.89");
			assertThat(page.hasNext()).isTrue();
		}).verifyComplete();
		StepVerifier.create(this.queries.indexValues(overall, byValue, 6, 3)).assertNext((page) -> {
			assertThat(page.items()).extracting((value) -> value.region().value()).containsExactly("33", "73");
			assertThat(page.hasNext()).isFalse();
		}).verifyComplete();
		StepVerifier.create(this.queries.indexValues(overall, byValue, 30, 3))
			.assertNext((page) -> assertThat(page.totalCount()).isEqualTo(8))
			.verifyComplete();
	}

	@Test
	void groupsByEachDimension() {
		StepVerifier
			.create(this.queries.statistics(QuerySubject.INDEX_VALUES, Filter.NONE, List.of(QueryField.FISCAL_YEAR))
				.map((group) -> group.keys().get(QueryField.FISCAL_YEAR) + ":" + group.count())
				.collectList())
			.expectNext(List.of("2021:3", "2022:1", "2023:1", "2024:6"))
			.verifyComplete();
		StepVerifier
			.create(this.queries.statistics(QuerySubject.INDEX_VALUES, Filter.NONE, List.of(QueryField.LEVEL))
				.map((group) -> group.keys().get(QueryField.LEVEL) + ":" + group.count())
				.collectList())
			.expectNext(List.of("CITY:3", "PROVINCE:7", "REGENCY:1"))
			.verifyComplete();
		StepVerifier
			.create(this.queries.statistics(QuerySubject.INDEX_VALUES, Filter.NONE, List.of(QueryField.SECTOR))
				.map((group) -> group.keys().get(QueryField.SECTOR) + ":" + group.count())
				.collectList())
			.expectNext(List.of("null:8", "EDUCATION:1", "HEALTH:1", "PUBLIC_WORKS:1"))
			.verifyComplete();
		StepVerifier
			.create(this.queries.statistics(QuerySubject.INDEX_VALUES, Filter.NONE, List.of(QueryField.PROVINCE_CODE))
				.map((group) -> group.keys().get(QueryField.PROVINCE_CODE) + ":" + group.count())
				.collectList())
			.expectNext(List.of("16:1", "33:1", "35:1", "36:1", "71:1", "73:1", "81:5"))
			.verifyComplete();
		StepVerifier
			.create(this.queries
				.statistics(QuerySubject.INDEX_VALUES, Filter.NONE, List.of(QueryField.ACHIEVEMENT_LEVEL))
				.map((group) -> group.keys().get(QueryField.ACHIEVEMENT_LEVEL) + ":" + group.count())
				.collectList())
			.expectNext(List.of("TUNTAS_MADYA:2", "TUNTAS_PARIPURNA:5", "TUNTAS_UTAMA:4"))
			.verifyComplete();
	}

	@Test
	void summarisesAGroupExactly() {
		// 2021: 98.70, 100, 100
		StepVerifier
			.create(this.queries.statistics(QuerySubject.INDEX_VALUES,
					condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2021), List.of()))
			.assertNext((group) -> {
				assertThat(group.count()).isEqualTo(3);
				assertThat(group.mean()).isEqualByComparingTo("99.5666666666666667");
				assertThat(group.min()).isEqualByComparingTo("98.70");
				assertThat(group.max()).isEqualByComparingTo("100");
				assertThat(group.median()).isEqualByComparingTo("100");
				assertThat(group.standardDeviation().doubleValue()).isCloseTo(0.7505553,
						org.assertj.core.data.Offset.offset(1e-6));
			})
			.verifyComplete();
	}

	private void assertCodes(Filter filter, String... codes) {
		StepVerifier
			.create(this.queries.indexValues(filter, List.of(), 0, 100)
				.map((page) -> page.items().stream().map((value) -> value.region().value()).toList()))
			.assertNext((found) -> assertThat(found).containsExactlyInAnyOrder(codes))
			.verifyComplete();
	}

	private long count(Filter filter) {
		return this.queries.indexValues(filter, List.of(), 0, 100).map((page) -> page.totalCount()).block();
	}

	private static Filter condition(QueryField field, FilterOperator operator, Object value) {
		return new Filter.Condition(field, operator, value);
	}

	private static String describe(IndexValue value) {
		return value.fiscalYear() + " " + value.region() + " " + value.sector();
	}

	@Test
	void cancelsAQueryOverItsTimeLimitInPostgreSQL(@Autowired DatabaseClient database) {
		CustomQueryRepository limited = new CustomQueryRepository(database,
				new CustomQueryProperties(5, 100, 200, Duration.ofMillis(300)));
		long started = System.nanoTime();
		StepVerifier.create(limited.guarded(database.sql("select pg_sleep(20) as slept").then()))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(QueryTimedOutException.class)
				.hasMessageStartingWith("The query ran longer than 300 ms and was cancelled"))
			.verify(Duration.ofSeconds(10));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		// PostgreSQL stopped the statement, which no longer holds a connection
		Mono<Long> sleeping = database
			.sql("select count(*) from pg_stat_activity where state = 'active'"
					+ " and query like 'select pg_sleep(20)%'")
			.map((row) -> row.get(0, Long.class))
			.one();
		// a cancel request that reaches the server late stops the statement then running
		// on that connection, which may be this check's (r2dbc-postgresql#251): the check
		// is asked again
		StepVerifier
			.create(sleeping.filter((count) -> count == 0)
				.repeatWhenEmpty(50, (repeat) -> repeat.delayElements(Duration.ofMillis(100)))
				.retry(1))
			.expectNext(0L)
			.verifyComplete();
		// and the next query runs
		StepVerifier
			.create(limited.guarded(database.sql("select 1 as one").map((row) -> row.get(0, Integer.class)).one()))
			.expectNext(1)
			.verifyComplete();
	}

}
