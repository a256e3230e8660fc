package org.spmawards.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The trusted documents: the GraphQL documents committed with the service
 * ({@code graphql-documents/*.graphql}: the examples GraphiQL opens with, the queries the
 * explorer sends), known by the SHA-256 of their text (Apollo's automatic persisted
 * queries) and by their id as persisted documents ({@link DocumentIds}), so that a client
 * can send either alone and an operator can restrict the service to them.
 */
public final class TrustedDocuments {

	/** Where the documents are, on the class path. */
	static final String LOCATION = "classpath*:graphql-documents/*.graphql";

	private final List<Document> documents;

	private final Map<String, Document> byHash;

	private final Map<String, Document> byId;

	TrustedDocuments(List<Document> documents) {
		this.documents = List.copyOf(documents);
		Map<String, Document> byHash = new LinkedHashMap<>();
		Map<String, Document> byId = new LinkedHashMap<>();
		documents.forEach((document) -> {
			byHash.put(document.sha256(), document);
			byId.put(document.documentId(), document);
		});
		this.byHash = byHash;
		this.byId = byId;
	}

	/**
	 * Reads the documents on the class path.
	 * @return the documents, by name
	 */
	public static TrustedDocuments load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return new TrustedDocuments(Arrays.stream(resources)
				.sorted(Comparator.comparing((resource) -> Objects.requireNonNull(resource.getFilename())))
				.map(TrustedDocuments::read)
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the trusted documents", ex);
		}
	}

	private static Document read(Resource resource) {
		try (InputStream stream = resource.getInputStream()) {
			String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			String name = Objects.requireNonNull(resource.getFilename()).replaceFirst("\\.graphql$", "");
			String normalForm = DocumentIds.normalForm(text);
			return new Document(name, text, PersistedDocuments.sha256(text), DocumentIds.ofNormalForm(normalForm),
					normalForm);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the trusted document " + resource, ex);
		}
	}

	/**
	 * Returns every document.
	 * @return the documents, by name
	 */
	public List<Document> all() {
		return this.documents;
	}

	/**
	 * Finds a document by its hash.
	 * @param sha256 the SHA-256 in lower-case hex
	 * @return its text, or {@code null}
	 */
	public @Nullable String find(String sha256) {
		Document document = this.byHash.get(sha256);
		return (document != null) ? document.text() : null;
	}

	/**
	 * Finds a document by its id.
	 * @param documentId {@code sha256:} and the hash of its normal form, in lower case
	 * @return the document, or {@code null}
	 */
	public @Nullable Document withId(String documentId) {
		return this.byId.get(documentId);
	}

	/**
	 * Finds a document by its name.
	 * @param name the file name without {@code .graphql}
	 * @return the document, or {@code null}
	 */
	public @Nullable Document named(String name) {
		return this.documents.stream().filter((document) -> document.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * A trusted document.
	 *
	 * @param name its file name without {@code .graphql}
	 * @param text the document, exactly as a client sends it
	 * @param sha256 the SHA-256 of the text in lower-case hex (Apollo's automatic
	 * persisted queries)
	 * @param documentId its id as a persisted document (GraphQL over HTTP, appendix A):
	 * {@code sha256:} and the SHA-256 of its normal form, as graphql-codegen computes it
	 * @param normalForm the document in its normal form, as codegen's manifest holds it
	 */
	public record Document(String name, String text, String sha256, String documentId, String normalForm) {

	}

}
