package org.spmawards.api.execution;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * The fields served through data loaders (an edition's nominees and methodology, a
 * region's index history, a value's earlier value) answer the same whether the loaders
 * are made on demand (the default) or all up front, as Spring makes them
 * ({@code spm.graphql.on-demand-data-loaders.enabled=false}).
 */
class DataLoaderSwitchTests {

	private static final String LOADED = """
			{
			  editions { year nominees { __typename } methodology { id } }
			  region(code: "36.71") {
			    indexes(fromFiscalYear: 2022) { fiscalYear value change(fromFiscalYear: 2022) { difference } }
			  }
			}
			""";

	static void answersTheLoadedFields(HttpGraphQlTester graphQl) {
		graphQl.document(LOADED)
			.execute()
			.errors()
			.verify()
			.path("editions[*].year")
			.entityList(Integer.class)
			.contains(2023, 2024, 2025)
			.path("editions[*].methodology.id")
			.entityList(String.class)
			.hasSizeGreaterThan(2)
			.path("region.indexes[*].fiscalYear")
			.entityList(Integer.class)
			.hasSizeGreaterThan(0);
	}

	@Nested
	@GraphQlApiTest
	class OnDemand {

		@Autowired
		HttpGraphQlTester graphQl;

		@Test
		void loadsEveryLoadedField() {
			answersTheLoadedFields(this.graphQl);
		}

	}

	@Nested
	@GraphQlApiTest
	@TestPropertySource(properties = "spm.graphql.on-demand-data-loaders.enabled=false")
	class UpFront {

		@Autowired
		HttpGraphQlTester graphQl;

		@Test
		void loadsEveryLoadedField() {
			answersTheLoadedFields(this.graphQl);
		}

	}

}
