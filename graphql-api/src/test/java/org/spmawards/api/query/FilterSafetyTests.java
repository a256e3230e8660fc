package org.spmawards.api.query;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * Every operator and combinator over the eleven curated index values, and what the
 * filters refuse: injection strings in code fields, null operands, and filters past their
 * limits.
 */
@GraphQlApiTest
class FilterSafetyTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "{fiscalYear: {equalTo: 2024}}; 6", "{fiscalYear: {notEqualTo: 2024}}; 5",
			"{regionCode: {in: [\"33\", \"73\"]}}; 2", "{fiscalYear: {notIn: [2021, 2024]}}; 2",
			"{value: {lessThan: 97.89}}; 2", "{value: {lessThanOrEqualTo: 97.89}}; 3",
			"{value: {greaterThan: 99.83}}; 6", "{value: {greaterThanOrEqualTo: 99.83}}; 7",
			"{sector: {isNull: true}}; 8", "{sector: {isNull: false}}; 3", "{provinceCode: {equalTo: \"81\"}}; 5",
			"{level: {in: [REGENCY, CITY]}}; 4", "{and: [{level: {equalTo: PROVINCE}}, {value: {equalTo: 100}}]}; 5",
			"{or: [{level: {equalTo: CITY}}, {provinceCode: {equalTo: \"16\"}}]}; 4",
			"{not: {sector: {in: [HEALTH, EDUCATION]}}}; 1", "{not: {level: {equalTo: PROVINCE}}}; 4",
			"{sector: {notEqualTo: HEALTH}}; 2" })
	void countsTheRowsEachOperatorAndCombinatorSelects(String filter, int count) {
		this.graphQl.document("{ indexValues(filter: " + filter + ") { totalCount } }")
			.execute()
			.path("indexValues.totalCount")
			.entity(Integer.class)
			.isEqualTo(count);
	}

	@ParameterizedTest
	@ValueSource(strings = { "regionCode: {equalTo: $x}", "regionCode: {in: [$x]}", "regionCode: {notIn: [$x]}",
			"provinceCode: {equalTo: $x}", "provinceCode: {notEqualTo: $x}", "serviceType: {equalTo: $x}",
			"serviceType: {in: [\"HEA-K-1\", $x]}" })
	void refusesInjectionStringsInEveryCodeField(String condition) {
		for (String attack : new String[] { "'; drop table region; --", "36.71' or '1'='1",
				"HEA-K-1\"); delete from" }) {
			expectError(
					this.graphQl.document("query($x: ID!) { achievements(filter: {" + condition + "}) { totalCount } }")
						.variable("x", attack)
						.execute(),
					ErrorType.BAD_REQUEST, "Argument 'filter.");
		}
		this.graphQl.document("{ regions { totalCount } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(552);
	}

	@Test
	void refusesAFilterNestedTooDeeply() {
		String filter = "{not: ".repeat(6) + "{value: {lessThan: 50}}" + "}".repeat(6);
		assertRefused("{ indexValues(filter: " + filter + ") { totalCount } }",
				"Argument 'filter.not.not.not.not.not': 'and', 'or' and 'not' nest 6 levels deep here; at most 5 are"
						+ " allowed (spm.query.max-depth)");
	}

	@Test
	void refusesTooManyValuesInAList() {
		String years = IntStream.range(0, 101).mapToObj(Integer::toString).collect(Collectors.joining(", "));
		assertRefused("{ indexValues(filter: {fiscalYear: {in: [" + years + "]}}) { totalCount } }",
				"Argument 'filter.fiscalYear.in': lists 101 values; at most 100 are allowed (spm.query.max-in-values)");
	}

	@Test
	void refusesAFilterThatCostsTooMuch() {
		String many = IntStream.range(0, 5)
			.mapToObj((i) -> "{fiscalYear: {in: ["
					+ IntStream.range(0, 50).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + "]}}")
			.collect(Collectors.joining(", "));
		expectError(this.graphQl.document("{ indexValues(filter: {or: [" + many + "]}) { totalCount } }").execute(),
				ErrorType.BAD_REQUEST, "the filter costs more than 200");
	}

	@Test
	void refusesANullOperand() {
		assertRefused("{ indexValues(filter: {value: {equalTo: null}}) { totalCount } }",
				"Argument 'filter.value.equalTo': must not be null: to match unknown values use isNull: true");
	}

	private void assertRefused(String query, String message) {
		expectError(this.graphQl.document(query).execute(), ErrorType.BAD_REQUEST, message,
				Map.of("argument", "filter"));
	}

}
