package org.spmawards.api.query;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.spmawards.api.GraphQlErrors.expectError;

/**
 * A custom query that runs longer than the statement timeout is cancelled by PostgreSQL:
 * the client gets a typed error, and the service goes on answering. The timeout here is 1
 * ms, over the demo dataset's 46,314 achievements.
 */
@GraphQlApiTest
@TestPropertySource(
		properties = { "spm.test-database.name=demo_api", "spm.dataset=demo", "spm.query.statement-timeout=1ms" })
class QueryTimeoutTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void cancelsARunawayQueryWithATypedErrorAndStaysHealthy() {
		expectError(this.graphQl
			.document("{ statistics(of: ACHIEVEMENTS, groupBy: [PROVINCE, SERVICE_TYPE, FISCAL_YEAR]) { count mean } }")
			.execute(), ErrorType.BAD_REQUEST, "The query ran longer than", Map.of("code", "QUERY_TIMEOUT"));
		this.graphQl.document("{ regions(level: PROVINCE) { totalCount } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(38);
	}

}
