package org.spmawards.api.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.cache.SerializedAnswer;
import org.spmawards.api.errors.UnavailableErrors;
import org.spmawards.api.web.RequestNotes;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * GraphQL over HTTP as the GraphQL-over-HTTP specification describes it, ahead of Spring
 * for GraphQL's own POST route: GET (and HEAD) with URL-encoded {@code query},
 * {@code operationName}, {@code variables} and {@code extensions}, so that HTTP caches
 * and CDNs can hold answers; POST with a JSON body; in both, a persisted query's SHA-256
 * in {@code extensions.persistedQuery} may stand in for the document (Apollo's automatic
 * persisted queries). A mutation is refused on GET, a body over the limit gets 413, and
 * the status codes are those the specification recommends.
 */
final class GraphQlHttpRoutes {

	private static final Log logger = LogFactory.getLog(GraphQlHttpRoutes.class);

	/**
	 * What stands in for the document when a client sends only a persisted query's hash.
	 */
	static final String PERSISTED_QUERY_MARKER = "PersistedQueryMarker";

	private static final Pattern OPERATION = Pattern
		.compile("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)", Pattern.MULTILINE);

	/** A persisted document's id (GraphQL over HTTP, appendix A), as codegen makes it. */
	private static final Pattern DOCUMENT_ID = Pattern.compile("sha256:[0-9a-fA-F]{64}");

	private static final List<MediaType> RESPONSE_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler handler;

	private final JsonMapper json;

	private final int maxBodyBytes;

	private final PersistedDocuments persisted;

	GraphQlHttpRoutes(WebGraphQlHandler handler, JsonMapper json, int maxBodyBytes, PersistedDocuments persisted) {
		this.handler = handler;
		this.json = json;
		this.maxBodyBytes = maxBodyBytes;
		this.persisted = persisted;
	}

	/**
	 * Returns the routes of the GraphQL endpoint.
	 * @param path the endpoint, e.g. {@code /graphql}
	 * @return the routes, to be ordered before Spring for GraphQL's own
	 */
	RouterFunction<ServerResponse> routes(String path) {
		return RouterFunctions.route()
			.route(RequestPredicates.path(path)
				.and(RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD))), this::get)
			// a subscription over Server-Sent Events goes on to Spring for GraphQL's
			// handler
			.route(RequestPredicates.path(path)
				.and(RequestPredicates.method(HttpMethod.POST))
				.and((request) -> !asksForEventStream(request)), this::post)
			.build();
	}

	private static boolean asksForEventStream(ServerRequest request) {
		try {
			return request.headers()
				.accept()
				.stream()
				.anyMatch((type) -> MediaType.TEXT_EVENT_STREAM.getType().equals(type.getType())
						&& MediaType.TEXT_EVENT_STREAM.getSubtype().equals(type.getSubtype()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private Mono<ServerResponse> get(ServerRequest request) {
		MultiValueMap<String, String> parameters = request.queryParams();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			if (parameter.getValue().size() > 1) {
				return badRequest(request, "The parameter '" + parameter.getKey() + "' is given more than once");
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			putIfPresent(body, "query", parameters.getFirst("query"));
			putIfPresent(body, "documentId", parameters.getFirst("documentId"));
			putIfPresent(body, "operationName", parameters.getFirst("operationName"));
			putIfPresent(body, "variables", jsonParameter(parameters.getFirst("variables"), "variables"));
			putIfPresent(body, "extensions", jsonParameter(parameters.getFirst("extensions"), "extensions"));
		}
		catch (BadRequest ex) {
			return badRequest(request, ex.getMessage());
		}
		return execute(request, body, true);
	}

	private Mono<ServerResponse> post(ServerRequest request) {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			contentType = null;
		}
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			return error(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"A GraphQL request is POSTed as JSON: Content-Type: application/json");
		}
		return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), this.maxBodyBytes).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty("").flatMap((text) -> {
			Map<String, Object> body;
			try {
				body = parseBody(text);
			}
			catch (BadRequest ex) {
				return badRequest(request, ex.getMessage());
			}
			return execute(request, body, false);
		}).onErrorResume(DataBufferLimitException.class, (ex) -> tooLarge(request));
	}

	private Mono<ServerResponse> execute(ServerRequest request, Map<String, Object> body, boolean viaGet) {
		Object documentId = body.get("documentId");
		if (documentId != null) {
			if (body.get("query") != null) {
				return badRequest(request, "Send the parameter 'query' or 'documentId', not both");
			}
			if (!(documentId instanceof String id) || !DOCUMENT_ID.matcher(id).matches()) {
				return badRequest(request, "The parameter 'documentId' is 'sha256:' and the SHA-256 of a trusted"
						+ " document in hex, as graphql-codegen's client preset computes it; the trusted documents"
						+ " are listed at /graphql/persisted-documents.json");
			}
			TrustedDocuments.Document trusted = this.persisted.trusted().withId(id.toLowerCase(Locale.ROOT));
			if (trusted == null) {
				return error(request, HttpStatus.NOT_FOUND,
						"No trusted document has the id " + id
								+ ": the trusted documents are listed at /graphql/persisted-documents.json",
						"PERSISTED_DOCUMENT_NOT_FOUND");
			}
			Map<String, Object> resolved = new LinkedHashMap<>(body);
			resolved.remove("documentId");
			resolved.put("query", trusted.text());
			return execute(request, resolved, viaGet);
		}
		Object query = body.get("query");
		Object operationName = body.get("operationName");
		Object variables = body.get("variables");
		Object extensions = body.get("extensions");
		if (query != null && !(query instanceof String)) {
			return badRequest(request, "The parameter 'query' is a string holding a GraphQL document");
		}
		if (operationName != null && !(operationName instanceof String)) {
			return badRequest(request, "The parameter 'operationName' is a string");
		}
		if (variables != null && !(variables instanceof Map)) {
			return badRequest(request, "The parameter 'variables' is a map of names to values");
		}
		if (extensions != null && !(extensions instanceof Map)) {
			return badRequest(request, "The parameter 'extensions' is a map");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> extensionMap = (extensions != null) ? (Map<String, Object>) extensions : Map.of();
		String hash = PersistedDocuments.hashOf(extensionMap);
		String document = (String) query;
		if ((document == null || document.isBlank()) && hash == null) {
			return badRequest(request,
					"The parameter 'query' is required: a GraphQL document, e.g. { sectors { code } }"
							+ ", or the SHA-256 of a persisted query in extensions.persistedQuery.sha256Hash");
		}
		String text = (document != null && !document.isBlank()) ? document : this.persisted.find(hash);
		String name = (operationName != null) ? (String) operationName : (text != null) ? operationName(text) : null;
		if (name != null) {
			RequestNotes.operationName(request.attributes(), name);
		}
		if (viaGet) {
			if (text != null && !isQuery(text, (String) operationName)) {
				return error(request, HttpStatus.METHOD_NOT_ALLOWED,
						"Only queries may be sent with GET: send a mutation or subscription with POST");
			}
		}
		@SuppressWarnings("unchecked")
		DefaultGraphQlRequest graphQlRequest = new DefaultGraphQlRequest(
				(document != null && !document.isBlank()) ? document : PERSISTED_QUERY_MARKER, (String) operationName,
				(Map<String, Object>) variables, extensionMap);
		WebGraphQlRequest webRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				request.cookies(), request.remoteAddress().orElse(null), request.attributes(), graphQlRequest,
				request.exchange().getRequest().getId(), request.exchange().getLocaleContext().getLocale());
		return this.handler.handleRequest(webRequest).flatMap((response) -> respond(request, response));
	}

	/**
	 * The name of a document's first operation, for the request log, without parsing it:
	 * e.g. {@code regionPage} for {@code query regionPage($code: ID!) { ... }}.
	 */
	private static @Nullable String operationName(String document) {
		Matcher matcher = OPERATION.matcher(document);
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * Whether the operation a request would run is a query (not a mutation or
	 * subscription).
	 */
	private static boolean isQuery(String document, @Nullable String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (InvalidSyntaxException ex) {
			// execution reports the syntax error
			return true;
		}
		return parsed.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
	}

	private Mono<ServerResponse> respond(ServerRequest request, WebGraphQlResponse response) {
		MediaType type = responseType(request);
		// graphql-response+json: a request that never reached execution is a 400
		HttpStatus status = (!response.getExecutionResult().isDataPresent()
				&& MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(type)) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		boolean unavailable = unavailable(response);
		return ServerResponse.status(unavailable ? HttpStatus.SERVICE_UNAVAILABLE : status)
			.headers((headers) -> headers.putAll(response.getResponseHeaders()))
			.headers((headers) -> {
				if (unavailable) {
					headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAvailability.RETRY_AFTER_SECONDS));
				}
			})
			.contentType(type)
			.bodyValue((response.getExecutionResult() instanceof SerializedAnswer serialized) ? serialized.json()
					: this.json.writeValueAsBytes(response.toMap()));
	}

	/**
	 * Whether the answer failed only because the database is unavailable: a 503 with
	 * {@code Retry-After}, so that clients, balancers and caches know to come back.
	 */
	private static boolean unavailable(WebGraphQlResponse response) {
		return UnavailableErrors.only(response.getErrors());
	}

	private static MediaType responseType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(request.headers().accept());
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
		MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType type : accepted) {
			for (MediaType supported : RESPONSE_TYPES) {
				if (type.equalsTypeAndSubtype(supported)) {
					return supported;
				}
			}
		}
		return MediaType.APPLICATION_JSON;
	}

	private Map<String, Object> parseBody(String text) {
		if (text.isBlank()) {
			throw new BadRequest("The request has no body: POST a JSON object with the parameter 'query'");
		}
		Object body;
		try {
			body = this.json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new BadRequest(
					"The body is not JSON: POST a JSON object such as {\"query\": \"{ sectors { code } }\"}");
		}
		if (!(body instanceof Map<?, ?> map)) {
			throw new BadRequest("The body is a JSON object with the parameter 'query'");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> parameters = (Map<String, Object>) map;
		return parameters;
	}

	private @Nullable Object jsonParameter(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return this.json.readValue(value, Object.class);
		}
		catch (JacksonException ex) {
			throw new BadRequest("The parameter '" + name + "' is not JSON: URL-encode a JSON object");
		}
	}

	private static void putIfPresent(Map<String, Object> body, String name, @Nullable Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	private Mono<ServerResponse> tooLarge(ServerRequest request) {
		logger.info("Refused a GraphQL request of more than " + this.maxBodyBytes + " bytes from "
				+ request.remoteAddress().map(Object::toString).orElse("an unknown address") + " with 413");
		return error(request, HttpStatus.CONTENT_TOO_LARGE, "The request is larger than " + this.maxBodyBytes
				+ " bytes, the most a GraphQL request may be (spring.http.codecs.max-in-memory-size)");
	}

	private Mono<ServerResponse> badRequest(ServerRequest request, @Nullable String message) {
		return error(request, HttpStatus.BAD_REQUEST, (message != null) ? message : "Bad request");
	}

	private Mono<ServerResponse> error(ServerRequest request, HttpStatus status, String message) {
		return error(request, status, message, status.name());
	}

	/** Answers a request that never reached execution with a GraphQL-shaped error. */
	private Mono<ServerResponse> error(ServerRequest request, HttpStatus status, String message,
			String classification) {
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", classification, "status", status.value()));
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(responseType(request));
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.allow(HttpMethod.POST);
		}
		return builder.bodyValue(this.json.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

	private static final class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message, null, false, false);
		}

	}

}
