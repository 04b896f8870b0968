package dev.awardgraph.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents by their text. Dashboards and client code send the same few documents
 * with new variables, and parsing plus validation was a tenth of the service's CPU for an entity page
 * (docs/benchmarks.md). Only valid documents are kept; a document refused by {@link QueryLimits} is never valid.
 * Because a document's cost depends on its variables, {@link QueryLimits} checks a cached document again before
 * every execution.
 *
 * <p>Bounded by count and by total characters (documents can be up to {@code maxDocumentLength} long), least
 * recently used first out, so distinct documents cannot grow the heap without limit.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 500;
	static final long MAX_CHARACTERS = 1_000_000;

	private final LinkedHashMap<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true);
	private long characters;

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (documents) {
			entry = documents.get(query);
		}
		if (entry == null) {
			// parsed outside the lock: two first requests for one document both parse it, which is harmless
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				keep(query, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private void keep(String query, PreparsedDocumentEntry entry) {
		synchronized (documents) {
			if (documents.put(query, entry) == null) {
				characters += query.length();
			}
			var eldest = documents.entrySet().iterator();
			while (documents.size() > MAX_DOCUMENTS || characters > MAX_CHARACTERS) {
				Map.Entry<String, PreparsedDocumentEntry> out = eldest.next();
				characters -= out.getKey().length();
				eldest.remove();
			}
		}
	}

	boolean contains(String query) {
		synchronized (documents) {
			return documents.containsKey(query);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		DocumentCache documentCache() {
			return new DocumentCache();
		}

		@Bean
		GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache cache) {
			return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
		}
	}
}
