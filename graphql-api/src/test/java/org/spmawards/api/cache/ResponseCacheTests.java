package org.spmawards.api.cache;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTests {

	private final DataVersion dataVersion = new DataVersion();

	private final ResponseCache cache = new ResponseCache(this.dataVersion, JsonMapper.builder().build(),
			new ResponseCacheProperties(true, 1));

	private final AtomicInteger executions = new AtomicInteger();

	private void changeData() {
		this.dataVersion.observe(this.dataVersion.epoch(), this.dataVersion.current() + 1, Instant.now());
	}

	@Test
	void answersARepeatedQueryFromMemory() {
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 1");
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 1");
		assertThat(this.executions).hasValue(1);
	}

	@Test
	void keysAnswersByTheirVariables() {
		answer("query($x: Int) { a(x: $x) }", Map.of("x", 1));
		answer("query($x: Int) { a(x: $x) }", Map.of("x", 2));
		assertThat(this.executions).hasValue(2);
	}

	@Test
	void forgetsEveryAnswerWhenTheDataChanges() {
		answer("{ a }", Map.of());
		changeData();
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 2");
		assertThat(this.executions).hasValue(2);
	}

	@Test
	void neverServesAnAnswerThatAQueryRunningDuringAChangeStoresAfterIt() {
		// the query starts on the old data, the data changes, then the query stores its
		// answer
		Mono<WebGraphQlResponse> running = this.cache.intercept(request("{ a }", Map.of()), (request) -> {
			WebGraphQlResponse stale = response(request, "stale");
			changeData();
			return Mono.just(stale);
		});
		StepVerifier.create(running).expectNextCount(1).verifyComplete();
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 1");
	}

	@Test
	void keepsNoAnswerWithErrors() {
		WebGraphQlRequest request = request("{ broken }", Map.of());
		for (int i = 0; i < 2; i++) {
			this.cache.intercept(request, (next) -> {
				this.executions.incrementAndGet();
				ExecutionResult failed = ExecutionResult.newExecutionResult()
					.addError(graphql.GraphqlErrorBuilder.newError().message("boom").build())
					.build();
				return Mono
					.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(next.toExecutionInput(), failed)));
			}).block();
		}
		assertThat(this.executions).hasValue(2);
	}

	@Test
	void keepsNoAnswerThatAFieldMarkedAsChangingBetweenDataVersions() {
		WebGraphQlRequest request = request("{ dataset { readReplicas { available } } }", Map.of());
		for (int i = 0; i < 2; i++) {
			this.cache.intercept(request, (next) -> {
				this.executions.incrementAndGet();
				ExecutionInput input = next.toExecutionInput();
				// as the readReplicas field does while it is fetched
				ResponseCache.doNotKeep(input.getGraphQLContext());
				ExecutionResult result = ExecutionResult.newExecutionResult().data(Map.of("a", "state")).build();
				return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result)));
			}).block();
		}
		assertThat(this.executions).hasValue(2);
	}

	@Test
	void keepsAnAnswerAsTheJsonItIsSentAs() {
		WebGraphQlRequest request = request("{ a }", Map.of());
		WebGraphQlResponse first = this.cache
			.intercept(request, (next) -> Mono.just(response(next, "answer " + this.executions.incrementAndGet())))
			.block();
		WebGraphQlResponse second = this.cache.intercept(request, (next) -> {
			throw new AssertionError("answered from memory");
		}).block();
		assertThat(second.getExecutionResult()).isInstanceOfSatisfying(SerializedAnswer.class,
				(answer) -> assertThat(new String(answer.json(), StandardCharsets.UTF_8))
					.isEqualTo("{\"data\":{\"a\":\"answer 1\"}}"));
		assertThat(((SerializedAnswer) first.getExecutionResult()).json())
			.isEqualTo(((SerializedAnswer) second.getExecutionResult()).json());
	}

	@Test
	void executesIdenticalRequestsThatMissAtTheSameTimeOnceAndSharesTheAnswer() {
		Sinks.One<String> slow = Sinks.one();
		List<Mono<WebGraphQlResponse>> waiting = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			waiting.add(this.cache.intercept(request("{ a }", Map.of()), (request) -> {
				this.executions.incrementAndGet();
				return slow.asMono().map((value) -> response(request, value));
			}));
		}
		List<String> answers = new ArrayList<>();
		Flux.merge(waiting).subscribe((response) -> answers.add((String) ((Map<?, ?>) response.getData()).get("a")));
		assertThat(this.executions).hasValue(1);
		slow.tryEmitValue("answer 1");
		assertThat(answers).hasSize(50).containsOnly("answer 1");
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 1");
		assertThat(this.executions).hasValue(1);
	}

	@Test
	void cancelsTheSharedExecutionOnlyWhenEveryRequestHasLeft() {
		AtomicInteger cancelled = new AtomicInteger();
		Mono<WebGraphQlResponse> execution = Mono.<WebGraphQlResponse>never().doOnCancel(cancelled::incrementAndGet);
		Disposable first = this.cache.intercept(request("{ a }", Map.of()), (request) -> execution).subscribe();
		Disposable second = this.cache.intercept(request("{ a }", Map.of()), (request) -> execution).subscribe();
		first.dispose();
		assertThat(cancelled).hasValue(0);
		second.dispose();
		assertThat(cancelled).hasValue(1);
		// and the next one executes afresh
		assertThat(answer("{ a }", Map.of())).isEqualTo("answer 1");
	}

	@Test
	void letsARequestThatWaitedForAnAnswerWithErrorsExecuteItself() {
		Sinks.One<WebGraphQlResponse> failing = Sinks.one();
		WebGraphQlRequest request = request("{ broken }", Map.of());
		List<WebGraphQlResponse> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			this.cache.intercept(request, (next) -> {
				if (this.executions.incrementAndGet() == 1) {
					return failing.asMono();
				}
				return Mono.just(response(next, "answer " + this.executions.get()));
			}).subscribe(answers::add);
		}
		assertThat(this.executions).hasValue(1);
		ExecutionResult failed = ExecutionResult.newExecutionResult()
			.addError(graphql.GraphqlErrorBuilder.newError().message("boom").build())
			.build();
		failing.tryEmitValue(
				new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), failed)));
		assertThat(this.executions).hasValue(2);
		assertThat(answers).hasSize(2);
		assertThat(answers.get(0).getErrors()).hasSize(1);
		assertThat(answers.get(1).getErrors()).isEmpty();
	}

	/**
	 * Two subscribers of the same subscription, one over Server-Sent Events, one that
	 * comes once the first's stream has begun: each executes once, and neither is counted
	 * among the requests to answer again after a data change. Shared, the second was
	 * handed the first's execution instead of its own (here: one execution for two
	 * subscribers), or, coming later, ran it again and then its own: a call of the
	 * subscription's fetcher whose stream no one reads, holding a subscriber's place for
	 * good (DataChangedSubscriptionTests' WebSocket subscriber was refused that way).
	 */
	@Test
	void neverSharesOrCountsASubscriptionsStream() {
		WebGraphQlRequest first = streaming("subscription { dataChanged { version } }");
		WebGraphQlRequest second = streaming("subscription { dataChanged { version } }");
		Sinks.One<WebGraphQlResponse> slow = Sinks.one();
		Mono<WebGraphQlResponse> firstAnswer = this.cache.intercept(first, (request) -> {
			this.executions.incrementAndGet();
			return slow.asMono();
		});
		Mono<WebGraphQlResponse> secondAnswer = this.cache.intercept(second, (request) -> {
			this.executions.incrementAndGet();
			return Mono.just(response(request, "stream 2"));
		});
		firstAnswer.subscribe();
		slow.tryEmitValue(response(first, "stream 1"));
		secondAnswer.block();
		assertThat(this.executions).hasValue(2);
		assertThat(this.cache.mostRequested(10)).isEmpty();
	}

	@Test
	void reportsTheShareOfRequestsAnsweredFromMemory() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.cache.bindTo(registry);
		answer("{ a }", Map.of());
		answer("{ a }", Map.of());
		answer("{ a }", Map.of());
		answer("{ b }", Map.of());
		assertThat(registry.get("spm.graphql.response.cache.hit.ratio").gauge().value()).isEqualTo(0.5);
		assertThat(registry.get("spm.graphql.response.cache.weight").gauge().value()).isGreaterThan(2 * 24);
	}

	private String answer(String document, Map<String, Object> variables) {
		WebGraphQlResponse response = this.cache
			.intercept(request(document, variables),
					(request) -> Mono.just(response(request, "answer " + this.executions.incrementAndGet())))
			.block();
		Map<String, Object> data = response.getData();
		return (String) data.get("a");
	}

	private static WebGraphQlResponse response(WebGraphQlRequest request, String value) {
		ExecutionResult result = ExecutionResult.newExecutionResult().data(Map.of("a", value)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static WebGraphQlRequest streaming(String document) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_EVENT_STREAM));
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), headers, new LinkedMultiValueMap<>(),
				new HashMap<>(), Map.of("query", document), "1", Locale.ENGLISH);
	}

	private static WebGraphQlRequest request(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), new HashMap<>(), body, "1", Locale.ENGLISH);
	}

}
