package org.spmawards.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import org.jspecify.annotations.Nullable;

/**
 * Persisted queries: a client may send the SHA-256 of a document instead of the document,
 * as Apollo's automatic persisted queries do
 * ({@code extensions.persistedQuery.sha256Hash}; Apollo Client, urql and Relay speak it).
 * A hash the service does not know is answered with {@code PersistedQueryNotFound}, and
 * the client sends the document with its hash, which the service checks and remembers (a
 * bounded cache). The trusted documents, a committed list, are always known; in
 * trusted-only mode nothing else runs. Parsing and validation are left to the document
 * cache behind.
 */
public final class PersistedDocuments implements PreparsedDocumentProvider {

	private final PreparsedDocumentProvider documents;

	private final TrustedDocuments trusted;

	private final boolean trustedOnly;

	private final Cache<String, String> remembered;

	/**
	 * Creates the persisted queries of the service.
	 * @param documents parses and validates a document (and caches it)
	 * @param trusted the committed documents, always known
	 * @param trustedOnly whether only the trusted documents run
	 * @param cacheSize how many documents sent by clients are remembered by their hash
	 */
	public PersistedDocuments(PreparsedDocumentProvider documents, TrustedDocuments trusted, boolean trustedOnly,
			int cacheSize) {
		this.documents = documents;
		this.trusted = trusted;
		this.trustedOnly = trustedOnly;
		this.remembered = Caffeine.newBuilder().maximumSize(cacheSize).build();
	}

	/**
	 * Returns the hash of a persisted query that a request's extensions name.
	 * @param extensions the request's extensions
	 * @return the SHA-256 in hex, or {@code null} if the request names none
	 */
	public static @Nullable String hashOf(Map<String, Object> extensions) {
		Object persisted = extensions.get("persistedQuery");
		if (persisted instanceof Map<?, ?> query && query.get("sha256Hash") instanceof String hash) {
			return hash.toLowerCase(Locale.ROOT);
		}
		return null;
	}

	/**
	 * Returns the trusted documents.
	 * @return the trusted documents
	 */
	public TrustedDocuments trusted() {
		return this.trusted;
	}

	/**
	 * Finds the document of a hash: a trusted one, or one a client sent before.
	 * @param hash the SHA-256 in hex, or {@code null}
	 * @return the document, or {@code null} if the hash is not known
	 */
	public @Nullable String find(@Nullable String hash) {
		if (hash == null) {
			return null;
		}
		String document = this.trusted.find(hash);
		return (document != null || this.trustedOnly) ? document : this.remembered.getIfPresent(hash);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String hash = hashOf(input.getExtensions());
		String query = input.getQuery();
		boolean sent = !query.isBlank() && !GraphQlHttpRoutes.PERSISTED_QUERY_MARKER.equals(query);
		if (hash == null) {
			if (this.trustedOnly && this.trusted.find(sha256(query)) == null) {
				return refused();
			}
			return this.documents.getDocumentAsync(input, parseAndValidate);
		}
		if (sent) {
			if (!sha256(query).equals(hash)) {
				return error(new PersistedQueryIdInvalid(hash), "PERSISTED_QUERY_ID_INVALID",
						"The sha256Hash of extensions.persistedQuery is not the SHA-256 of the query sent");
			}
			if (this.trustedOnly && this.trusted.find(hash) == null) {
				return refused();
			}
			if (this.trusted.find(hash) == null) {
				this.remembered.put(hash, query);
			}
			return this.documents.getDocumentAsync(input, parseAndValidate);
		}
		String document = find(hash);
		if (document == null) {
			// the message Apollo Client, urql and Relay look for before sending the
			// document
			return error(new PersistedQueryNotFound(hash), "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
		}
		return this.documents.getDocumentAsync(input.transform((builder) -> builder.query(document)), parseAndValidate);
	}

	private static CompletableFuture<PreparsedDocumentEntry> refused() {
		return error(ErrorClassification.errorClassification("TRUSTED_DOCUMENTS_ONLY"), "TRUSTED_DOCUMENTS_ONLY",
				"This service runs only its trusted documents (spm.http.trusted-documents-only): send the"
						+ " sha256Hash of one of them in extensions.persistedQuery; they are listed at"
						+ " /graphql/documents");
	}

	private static CompletableFuture<PreparsedDocumentEntry> error(ErrorClassification type, String code,
			String message) {
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code))
			.build()));
	}

	/**
	 * Returns the SHA-256 of a document, as clients compute it.
	 * @param document the document's text
	 * @return the hash in lower-case hex
	 */
	static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
