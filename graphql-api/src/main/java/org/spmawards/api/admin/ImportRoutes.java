package org.spmawards.api.admin;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.spmawards.api.errors.ProblemResponses;
import org.spmawards.api.web.BearerToken;
import org.spmawards.persistence.imports.DataImporter;
import org.spmawards.persistence.imports.ImportFile;
import org.spmawards.persistence.imports.ImportReport;
import org.spmawards.persistence.imports.ImportTooLargeException;
import org.spmawards.persistence.support.DatabaseAvailability;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code POST /admin/imports/achievements} and {@code POST /admin/imports/index-values}:
 * CSV bodies, or Excel workbooks as the exports write them, for one fiscal year, answered
 * with a JSON report (200 when imported or unchanged, 422 with every error when
 * rejected). They need {@code Authorization: Bearer} with the token of
 * {@code SPM_ADMIN_TOKEN}; without a token configured they do not exist (404). Every
 * imported row names the token ({@code SPM_ADMIN_TOKEN_NAME}) as who vouched for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
@ConditionalOnExpression("'${spm.admin-token:}'.trim() != ''")
class ImportRoutes {

	/** An Excel workbook, as the exports write it. */
	private static final MediaType WORKBOOK = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MeterRegistry meters;

	ImportRoutes(MeterRegistry meters) {
		this.meters = meters;
	}

	@Bean
	RouterFunction<ServerResponse> importRouter(DataImporter importer, AdminProperties admin) {
		String token = admin.adminToken();
		String tokenName = admin.adminTokenName();
		return RouterFunctions.route()
			.POST("/admin/imports/achievements",
					(request) -> measured("achievements", handle(request, tokenName, importer::importAchievements)))
			.POST("/admin/imports/index-values",
					(request) -> measured("index-values", handle(request, tokenName, importer::importIndexValues)))
			.filter(bearerToken(token))
			.build();
	}

	/** Times an import by its kind and outcome ({@code spm.imports}). */
	private Mono<ServerResponse> measured(String kind, Mono<ServerResponse> response) {
		return Mono.defer(() -> {
			Timer.Sample sample = Timer.start(this.meters);
			return response.doOnEach((signal) -> {
				if (signal.isOnNext() || signal.isOnError()) {
					String outcome = signal.isOnError() ? "ERROR" : String.valueOf(signal.get().statusCode().value());
					sample.stop(Timer.builder("spm.imports")
						.description("Imports of official data, by kind and HTTP status")
						.tag("kind", kind)
						.tag("status", outcome)
						.register(this.meters));
				}
			});
		});
	}

	private static Mono<ServerResponse> handle(ServerRequest request, String tokenName, Importer importer) {
		Optional<MediaType> type = request.headers().contentType();
		boolean workbook = type.isPresent() && WORKBOOK.isCompatibleWith(type.get());
		if (!workbook && (type.isEmpty() || !MediaType.parseMediaType("text/csv").isCompatibleWith(type.get()))) {
			return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body must be a CSV file (Content-Type: text/csv) or"
					+ " an Excel workbook as the exports write it (Content-Type: " + WORKBOOK + ")");
		}
		if (!workbook && type.get().getCharset() != null && !StandardCharsets.UTF_8.equals(type.get().getCharset())) {
			return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The file must be UTF-8: Content-Type: text/csv; charset=UTF-8");
		}
		Integer fiscalYear = fiscalYear(request);
		if (fiscalYear == null) {
			return error(HttpStatus.BAD_REQUEST,
					"The query parameter fiscalYear must be the four-digit year the file reports on, e.g. ?fiscalYear=2024");
		}
		String sourceUrl = request.queryParam("sourceUrl").filter((url) -> !url.isBlank()).orElse(null);
		String replace = request.queryParam("replaceYear").orElse("false");
		if (!"true".equals(replace) && !"false".equals(replace)) {
			return error(HttpStatus.BAD_REQUEST,
					"The query parameter replaceYear must be true or false, not '" + abbreviate(replace) + "'");
		}
		return importer
			.run(fiscalYear, tokenName, sourceUrl, "true".equals(replace), workbook ? ImportFile.XLSX : ImportFile.CSV,
					request.body(BodyExtractors.toDataBuffers()))
			.flatMap((report) -> ServerResponse
				.status(report.rejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(report))
			.onErrorResume(ImportTooLargeException.class, (ex) -> error(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()))
			// the connection was lost mid-import: the transaction, and the import, are
			// gone
			.onErrorResume(DatabaseAvailability::meansUnavailable, (ex) -> ProblemResponses.unavailable());
	}

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "..." : value;
	}

	private static @Nullable Integer fiscalYear(ServerRequest request) {
		try {
			return request.queryParam("fiscalYear")
				.map(Integer::valueOf)
				.filter((year) -> year >= 1000 && year <= 9999)
				.orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Checks the token before the body is read: a refused request is never consumed. */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> bearerToken(String token) {
		BearerToken expected = new BearerToken(token);
		return (request, next) -> {
			if (!expected.matches(request.headers().firstHeader(HttpHeaders.AUTHORIZATION))) {
				return ProblemResponses.unauthorized(
						"Imports need the header Authorization: Bearer <token>, with the token set in SPM_ADMIN_TOKEN");
			}
			return next.handle(request);
		};
	}

	private static Mono<ServerResponse> error(HttpStatus status, @Nullable String message) {
		return ProblemResponses.problem(status, (message != null) ? message : status.getReasonPhrase());
	}

	@FunctionalInterface
	private interface Importer {

		Mono<ImportReport> run(int fiscalYear, String importedBy, @Nullable String sourceUrl, boolean replaceYear,
				ImportFile kind, Publisher<DataBuffer> file);

	}

}
