package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySqlTests {

	static final String INJECTION = "'; drop table region; --";

	@Test
	void bindsEveryValueAndNeverWritesItIntoTheSql() {
		Filter filter = new Filter.Any(List.of(
				new Filter.Condition(QueryField.REGION_CODE, FilterOperator.EQUAL_TO, INJECTION),
				new Filter.Not(
						new Filter.Condition(QueryField.SECTOR, FilterOperator.IN, List.of(INJECTION, "HEALTH"))),
				new Filter.Condition(QueryField.VALUE, FilterOperator.LESS_THAN, new BigDecimal("80"))));
		QuerySql query = QuerySql.page(QuerySubject.INDEX_VALUES, List.of("region_code"), filter, List.of(), 0, 20);
		assertThat(query.sql()).doesNotContain("drop", "HEALTH", "80").contains(":p0", ":p1", ":p2", ":p3");
		assertThat(query.parameters()).containsValues(INJECTION, "HEALTH", new BigDecimal("80"));
	}

	@Test
	void bindsEachValueToTheMarkerOfItsCondition() {
		Filter filter = new Filter.Any(List.of(
				new Filter.Condition(QueryField.REGION_CODE, FilterOperator.EQUAL_TO, "32.04"),
				new Filter.Not(new Filter.All(List.of(
						new Filter.Condition(QueryField.SECTOR, FilterOperator.IN, List.of("HEALTH", "EDUCATION")),
						new Filter.Condition(QueryField.LEVEL, FilterOperator.IS_NULL, true)))),
				new Filter.Condition(QueryField.VALUE, FilterOperator.LESS_THAN, new BigDecimal("80"))));
		QuerySql query = QuerySql.page(QuerySubject.INDEX_VALUES, List.of("region_code"), filter,
				List.of(new SortOrder(QueryField.CHANGE, true)), 2023, 0, 20);
		assertThat(query.sql()).contains("earlier.fiscal_year = :p0", "index_value_row.region_code = :p1",
				"index_value_row.sector_code IN (:p2, :p3)", "index_value_row.value < :p4");
		assertThat(query.parameters()).containsExactly(Map.entry("p0", 2023), Map.entry("p1", "32.04"),
				Map.entry("p2", "HEALTH"), Map.entry("p3", "EDUCATION"), Map.entry("p4", new BigDecimal("80")));
	}

	@Test
	void rendersTheSameFormOnceWhateverItsValues() {
		QuerySql first = QuerySql.count(QuerySubject.ACHIEVEMENTS, sectorIn("HEALTH", "SOCIAL"));
		QuerySql second = QuerySql.count(QuerySubject.ACHIEVEMENTS, sectorIn("EDUCATION", "HOUSING"));
		assertThat(second.sql()).isSameAs(first.sql());
		assertThat(second.parameters()).containsExactly(Map.entry("p0", "EDUCATION"), Map.entry("p1", "HOUSING"));
	}

	@Test
	void rendersAnotherStatementForAnotherForm() {
		QuerySql two = QuerySql.count(QuerySubject.ACHIEVEMENTS, sectorIn("HEALTH", "SOCIAL"));
		QuerySql three = QuerySql.count(QuerySubject.ACHIEVEMENTS, sectorIn("HEALTH", "SOCIAL", "EDUCATION"));
		QuerySql none = QuerySql.count(QuerySubject.ACHIEVEMENTS, sectorIn());
		QuerySql isNull = QuerySql.count(QuerySubject.ACHIEVEMENTS,
				new Filter.Condition(QueryField.LEVEL, FilterOperator.IS_NULL, true));
		QuerySql isNotNull = QuerySql.count(QuerySubject.ACHIEVEMENTS,
				new Filter.Condition(QueryField.LEVEL, FilterOperator.IS_NULL, false));
		assertThat(List.of(two.sql(), three.sql(), none.sql(), isNull.sql(), isNotNull.sql())).doesNotHaveDuplicates();
		assertThat(three.sql()).contains("IN (:p0, :p1, :p2)");
		assertThat(none.parameters()).isEmpty();
		assertThat(isNull.sql()).contains("IS NULL").doesNotContain("NOT");
		assertThat(isNotNull.sql()).contains("NOT");
		QuerySql secondPage = QuerySql.page(QuerySubject.ACHIEVEMENTS, List.of("region_code"), Filter.NONE, List.of(),
				20, 20);
		assertThat(secondPage.sql()).contains("LIMIT 20 OFFSET 20");
		assertThat(
				QuerySql.page(QuerySubject.ACHIEVEMENTS, List.of("region_code"), Filter.NONE, List.of(), 0, 20).sql())
			.isNotEqualTo(secondPage.sql());
	}

	private static Filter sectorIn(String... sectors) {
		return new Filter.Condition(QueryField.SECTOR, FilterOperator.IN, List.of(sectors));
	}

	@Test
	void ordersByTheRequestedFieldsThenByAStableKey() {
		QuerySql query = QuerySql.page(QuerySubject.ACHIEVEMENTS, List.of("region_code"), Filter.NONE,
				List.of(new SortOrder(QueryField.ACHIEVEMENT, true)), 40, 20);
		assertThat(query.sql().toLowerCase()).contains(
				"order by achievement_row.achievement desc nulls last, achievement_row.fiscal_year asc nulls first,"
						+ " achievement_row.region_code asc nulls first, achievement_row.service_type_code asc nulls first")
			.contains("limit 20 offset 40")
			.doesNotContain("where");
	}

	@Test
	void summarisesOnlyRowsWithAValue() {
		QuerySql query = QuerySql.statistics(QuerySubject.INDEX_VALUES,
				new Filter.Condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024), List.of(QueryField.LEVEL));
		assertThat(query.sql()).contains("group by level").contains("IS NOT NULL");
		assertThat(query.parameters()).containsExactly(Map.entry("p0", 2024));
	}

}
