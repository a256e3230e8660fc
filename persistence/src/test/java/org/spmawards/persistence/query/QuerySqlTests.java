package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.util.List;

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
		assertThat(query.parameters()).containsExactly(java.util.Map.entry("p0", 2024));
	}

}
