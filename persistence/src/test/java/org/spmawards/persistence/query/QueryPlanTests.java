package org.spmawards.persistence.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common filters of journalists' queries are served by an index, not by a sequential
 * scan of the achievement table, on the demo dataset (46,314 achievements); a ranking
 * page's field figures are read from an index alone.
 */
@SpringBootTest
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo", "spm.dataset=demo" })
class QueryPlanTests {

	@Autowired
	DatabaseClient database;

	static List<Filter> commonFilters() {
		return List.of(condition(QueryField.REGION_CODE, FilterOperator.EQUAL_TO, "32.04"),
				condition(QueryField.REGION_CODE, FilterOperator.IN, List.of("32.01", "32.04", "36.71")),
				all(condition(QueryField.PROVINCE_CODE, FilterOperator.EQUAL_TO, "32"),
						condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024)),
				all(condition(QueryField.SERVICE_TYPE, FilterOperator.EQUAL_TO, "HEA-K-1"),
						condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024)),
				all(condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024),
						condition(QueryField.ACHIEVEMENT, FilterOperator.LESS_THAN, new BigDecimal("50"))),
				all(condition(QueryField.PROVINCE_CODE, FilterOperator.EQUAL_TO, "32"),
						condition(QueryField.SECTOR, FilterOperator.EQUAL_TO, "HEALTH"),
						condition(QueryField.ACHIEVEMENT, FilterOperator.LESS_THAN, new BigDecimal("80"))),
				all(condition(QueryField.FISCAL_YEAR, FilterOperator.EQUAL_TO, 2024),
						condition(QueryField.QUALITY, FilterOperator.LESS_THAN, new BigDecimal("40"))));
	}

	@ParameterizedTest
	@MethodSource("commonFilters")
	void servesACommonFilterWithAnIndex(Filter filter) {
		QuerySql query = QuerySql.page(QuerySubject.ACHIEVEMENTS, List.of("region_code", "achievement"), filter,
				List.of(new SortOrder(QueryField.ACHIEVEMENT, false)), 0, 20);
		DatabaseClient.GenericExecuteSpec explain = this.database.sql("explain " + query.sql());
		for (Map.Entry<String, Object> parameter : query.parameters().entrySet()) {
			explain = explain.bind(parameter.getKey(), parameter.getValue());
		}
		String plan = String.join("\n", explain.map((row) -> row.get(0, String.class)).all().collectList().block());
		assertThat(plan).as(plan).doesNotContainPattern("Seq Scan on service_achievement").containsPattern("Index");
	}

	@Test
	void readsARankingPagesSectorFiguresFromAnIndexAlone() {
		String page = "select v.fiscal_year, v.region_code, v.rank from index_value v where v.fiscal_year = 2024"
				+ " and v.category = 'REGENCY' and v.scope = 'OVERALL' and v.rank is not null order by v.rank limit 20";
		String plan = String.join("\n",
				this.database
					.sql("explain select v.region_code, " + IndexRepository.SECTOR_FIGURES_COLUMNS + " from (" + page
							+ ") v" + IndexRepository.SECTOR_FIGURES_JOIN)
					.map((row) -> row.get(0, String.class))
					.all()
					.collectList()
					.block());
		assertThat(plan).as(plan).contains("Index Only Scan using index_value_field_figures_idx");
	}

	private static Filter condition(QueryField field, FilterOperator operator, Object value) {
		return new Filter.Condition(field, operator, value);
	}

	private static Filter all(Filter... filters) {
		return new Filter.All(List.of(filters));
	}

}
