package org.spmawards.api.cache;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spmawards.api.support.StatementCounter;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identical requests that miss the response cache at the same time, over HTTP against
 * PostgreSQL: 50 at once send the statements of one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@Import(StatementCounter.class)
@TestPropertySource(properties = "spm.test-database.name=single_flight")
class SingleFlightTests {

	private static final String RANKING = """
			query ($first: Int) {
				rankings(edition: 2025, category: PROVINCE, first: $first) {
					totalCount nodes { rank value region { code name } sectors { sector { code } value } }
				}
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	@Test
	void fiftyIdenticalRequestsAtOnceSendTheStatementsOfOne() {
		WebClient client = WebClient.create("http://127.0.0.1:" + this.port);
		this.statements.reset();
		ask(client, 10, 1);
		int forOne = this.statements.count();
		assertThat(forOne).isPositive();

		this.statements.reset();
		List<String> answers = ask(client, 20, 50);
		assertThat(answers).hasSize(50).containsOnly(answers.get(0));
		assertThat(answers.get(0)).contains("\"code\":\"81\"").doesNotContain("errors");
		assertThat(this.statements.count()).isEqualTo(forOne);
	}

	/** Sends the same request a number of times at once; returns the answers. */
	private static List<String> ask(WebClient client, int first, int times) {
		return Flux.range(0, times)
			.flatMap((i) -> client.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
				.bodyValue(Map.of("query", RANKING, "variables", Map.of("first", first)))
				.retrieve()
				.bodyToMono(String.class), times)
			.collectList()
			.block();
	}

}
