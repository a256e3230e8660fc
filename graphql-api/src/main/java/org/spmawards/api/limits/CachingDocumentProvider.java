package org.spmawards.api.limits;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated documents by their query text, so that a repeated query
 * skips parsing and validation. The schema does not change while the service runs, so an
 * entry never goes stale; the cache is bounded and drops the least used entries.
 */
public class CachingDocumentProvider implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	CachingDocumentProvider(int size) {
		this.documents = Caffeine.newBuilder().maximumSize(size).recordStats().build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.documents.get(input.getQuery(), (query) -> parseAndValidate.apply(input)));
	}

	/**
	 * Returns how often the cache was asked and found the document.
	 * @return the statistics
	 */
	public CacheStats stats() {
		return this.documents.stats();
	}

}
