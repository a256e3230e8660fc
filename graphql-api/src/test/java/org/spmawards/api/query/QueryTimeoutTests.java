package org.spmawards.api.query;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A custom query that runs longer than the statement timeout is cancelled by PostgreSQL:
 * the client gets a typed error, and the service goes on answering. The timeout here is 1
 * ms, over the demo dataset's 46,314 achievements.
 */
@SpringBootTest
@AutoConfigureHttpGraphQlTester
@WithTestDatabase
@TestPropertySource(
		properties = { "spm.test-database.name=demo_api", "spm.dataset=demo", "spm.query.statement-timeout=1ms" })
class QueryTimeoutTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void cancelsARunawayQueryWithATypedErrorAndStaysHealthy() {
		this.graphQl
			.document("{ statistics(of: ACHIEVEMENTS, groupBy: [PROVINCE, SERVICE_TYPE, FISCAL_YEAR]) { count mean } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).startsWith("The query ran longer than");
				assertThat(error.getExtensions()).containsEntry("code", "QUERY_TIMEOUT");
			}));
		this.graphQl.document("{ regions(level: PROVINCE) { totalCount } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.isEqualTo(38);
	}

}
