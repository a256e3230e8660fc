package org.spmawards.api.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Traces as an operator's collector receives them: a real OTLP/HTTP endpoint, started
 * here, decodes what the service exports (protobuf, as OpenTelemetry's collector does). A
 * query that comes with a W3C {@code traceparent} is continued in that trace: the HTTP
 * request's span is the caller's child, the GraphQL operation's span is named as the
 * GraphQL conventions say, the data fetcher that reads the database has a span under it,
 * and each SQL statement one under the fetcher's. The same trace id is in the answer's
 * error, in a problem's body and in the request's log line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.tracing.sampling.probability=1.0",
				"management.opentelemetry.tracing.export.schedule-delay=100ms", "spm.admin-token=ops-token",
				"management.defaults.metrics.export.enabled=true",
				"management.prometheus.metrics.export.enabled=true" })
@AutoConfigureTracing
@WithTestDatabase
@ExtendWith(OutputCaptureExtension.class)
class TracingTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String PARENT_SPAN_ID = "00f067aa0ba902b7";

	private static final Queue<Span> received = new ConcurrentLinkedQueue<>();

	private static final HttpServer collector = collector();

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@DynamicPropertySource
	static void exportToTheCollector(DynamicPropertyRegistry registry) {
		registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
				() -> "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces");
	}

	@AfterAll
	static void stopTheCollector() {
		collector.stop(0);
	}

	@Test
	void continuesTheCallersTraceFromTheRequestToEachStatement(CapturedOutput output) {
		String document = "query TracedRanking { rankings(edition: 2025, category: CITY, first: 3) {"
				+ " edges { node { region { name } } } }"
				+ " missing: sectorDetail(edition: 1999, regionCode: \"36.71\", sector: HEALTH) { fiscalYear } }";
		query(document, "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01").expectStatus()
			.isOk()
			.expectBody()
			// the official data rank two cities (Kota Tangerang and Kota Makassar)
			.jsonPath("$.data.rankings.edges.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[0].path[0]")
			.isEqualTo("missing")
			.jsonPath("$.errors[0].extensions.traceId")
			.isEqualTo(TRACE_ID);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(inTrace()).anySatisfy((span) -> assertThat(span.getName()).isEqualTo("SELECT")));
		List<Span> spans = inTrace();
		Span request = only(spans, "http post /graphql");
		assertThat(hex(request.getParentSpanId().toByteArray())).isEqualTo(PARENT_SPAN_ID);
		assertThat(request.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
		Span operation = only(spans, "query TracedRanking");
		assertThat(attribute(operation, "graphql.operation.type")).as(operation.getAttributesList().toString())
			.isEqualTo("query");
		assertThat(attribute(operation, "graphql.operation.name")).isEqualTo("TracedRanking");
		assertThat(attribute(operation, "graphql.document")).isEqualTo(document);
		assertThat(descendsFrom(spans, operation, request)).isTrue();
		List<Span> fetchers = spans.stream().filter((span) -> span.getName().startsWith("graphql field ")).toList();
		assertThat(fetchers).extracting(Span::getName).contains("graphql field rankings", "graphql field sectorDetail");
		assertThat(fetchers).allSatisfy((fetcher) -> assertThat(descendsFrom(spans, fetcher, operation)).isTrue());
		List<Span> statements = spans.stream().filter((span) -> span.getName().equals("SELECT")).toList();
		assertThat(statements).isNotEmpty().allSatisfy((statement) -> {
			assertThat(attribute(statement, "db.system.name")).isEqualTo("postgresql");
			assertThat(attribute(statement, "db.query.text")).startsWith("select").contains("index_value");
			assertThat(fetchers).anySatisfy((fetcher) -> assertThat(descendsFrom(spans, statement, fetcher)).isTrue());
		});
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).containsPattern("POST /graphql 200 .* trace=" + TRACE_ID));
	}

	@Test
	void givesAProblemTheTraceId(CapturedOutput output) {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		this.client.get()
			.uri("/export/rankings.csv?edition=1999&category=CITY")
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(traceId);
		this.client.get()
			.uri("/actuator/prometheus")
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(traceId);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut())
				.containsPattern("GET /export/rankings.csv 404 .* trace=" + traceId));
	}

	@Test
	void linksLatencyBucketsToTraces() {
		String traceId = "5af7651916cd43dd8448eb211c80319d";
		query("query Exemplary { sectors { code } }", "00-" + traceId + "-b7ad6b7169203332-01").expectStatus().isOk();
		String scrape = this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer ops-token")
			.header(HttpHeaders.ACCEPT, "application/openmetrics-text; version=1.0.0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).containsPattern(
				"graphql_request_seconds_bucket\\{[^}]*graphql_operation_name=\"Exemplary\"[^}]*\\} \\d+ # \\{span_id=\"[0-9a-f]{16}\",trace_id=\""
						+ traceId + "\"\\}");
	}

	@Test
	void startsATraceForARequestWithoutOne() {
		query("{ rankings(edition: 1999, category: CITY) { totalCount } }", null).expectBody()
			.jsonPath("$.errors[0].extensions.traceId")
			.value((traceId) -> assertThat(traceId.toString()).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID));
	}

	@Test
	void namesATraceThatIsNotSampled(CapturedOutput output) {
		// the caller did not sample it: nothing is recorded, the id is still passed on
		String traceId = "6af7651916cd43dd8448eb211c80319e";
		query("query Unsampled { rankings(edition: 1999, category: CITY) { totalCount } }",
				"00-" + traceId + "-b7ad6b7169203333-00")
			.expectBody()
			.jsonPath("$.errors[0].extensions.traceId")
			.isEqualTo(traceId);
		// the line is written once the answer was sent
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(output.getOut()).containsPattern("operation=Unsampled .* trace=" + traceId));
		assertThat(received).noneSatisfy((span) -> assertThat(hex(span.getTraceId().toByteArray())).isEqualTo(traceId));
	}

	/** Posts a query, with a W3C {@code traceparent} if one is given. */
	private WebTestClient.ResponseSpec query(String document, @Nullable String traceparent) {
		return this.client.post().uri("/graphql").headers((headers) -> {
			if (traceparent != null) {
				headers.set("traceparent", traceparent);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", document)).exchange();
	}

	private static List<Span> inTrace() {
		return received.stream().filter((span) -> hex(span.getTraceId().toByteArray()).equals(TRACE_ID)).toList();
	}

	private static Span only(List<Span> spans, String name) {
		List<Span> named = spans.stream().filter((span) -> span.getName().equals(name)).toList();
		assertThat(named).as("spans named %s among %s", name, spans.stream().map(Span::getName).toList()).hasSize(1);
		return named.get(0);
	}

	private static boolean descendsFrom(List<Span> spans, Span span, Span ancestor) {
		Span current = span;
		while (!current.getParentSpanId().isEmpty()) {
			if (current.getParentSpanId().equals(ancestor.getSpanId())) {
				return true;
			}
			Span child = current;
			current = spans.stream()
				.filter((each) -> each.getSpanId().equals(child.getParentSpanId()))
				.findFirst()
				.orElse(null);
			if (current == null) {
				return false;
			}
		}
		return false;
	}

	private static String attribute(Span span, String key) {
		return span.getAttributesList()
			.stream()
			.filter((attribute) -> attribute.getKey().equals(key))
			.map(KeyValue::getValue)
			.map((value) -> value.getStringValue())
			.findFirst()
			.orElse(null);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** An OTLP/HTTP receiver of traces on loopback, as a collector is one. */
	private static HttpServer collector() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/v1/traces", TracingTests::receive);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void receive(HttpExchange exchange) throws IOException {
		try (InputStream body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
				? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
			assertThat(exchange.getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/x-protobuf");
			ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
			for (ResourceSpans resource : request.getResourceSpansList()) {
				for (ScopeSpans scope : resource.getScopeSpansList()) {
					received.addAll(scope.getSpansList());
				}
			}
		}
		byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
		exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

}
