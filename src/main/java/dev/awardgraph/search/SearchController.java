package dev.awardgraph.search;

import java.util.List;
import java.util.Locale;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;
import dev.awardgraph.support.Limits;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Finding entities by what users type: exact names and aliases ({@code lookup}) and ranked search. */
@Controller
class SearchController {

	private static final List<String> MATCH_KINDS = List.of("TEXT", "CONTAINS", "PREFIX", "EXACT");

	private final SearchRepository search;
	private final NameKeys nameKeys;
	private final Limits limits;

	SearchController(SearchRepository search, NameKeys nameKeys, Limits limits) {
		this.search = search;
		this.nameKeys = nameKeys;
		this.limits = limits;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument String label, @Argument Integer first,
			@Argument Integer offset, DataFetchingEnvironment env) {
		int size = limits.pageSize(first);
		int skip = limits.offset(offset);
		Query query = query(text);
		return search.search(query.lucene, query.key, query.keyTerm, nameKeys.grams(text), label, skip, size, Math.max(100, (skip + size) * 4),
					AskedProperties.of(env)).stream()
			.map(hit -> new SearchHit(hit.entity(), hit.score(), MATCH_KINDS.get(hit.exactness())))
			.toList();
	}

	@QueryMapping
	List<Node> lookup(@Argument String name, @Argument String label, DataFetchingEnvironment env) {
		Query query = query(name);
		return search.lookup(query.key, query.keyTerm, label, limits.maxPageSize(), AskedProperties.of(env)).stream()
			.map(SearchRepository.Hit::entity)
			.toList();
	}

	private Query query(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("search text must not be empty");
		}
		if (text.length() > limits.maxSearchText()) {
			throw new IllegalArgumentException("search text is " + text.length() + " characters; at most "
					+ limits.maxSearchText() + " are allowed");
		}
		String key = nameKeys.key(text);
		String simplified = nameKeys.simplify(text).strip();
		// lower case: AND, OR, NOT typed by a user are words, not Lucene operators (the analyzer folds case anyway)
		String lucene = NameKeys.escape(simplified.toLowerCase(Locale.ROOT));
		if (key.isEmpty()) {
			throw new IllegalArgumentException("search text must contain letters or characters, not only punctuation");
		}
		return new Query(lucene, key, NameKeys.escape(key));
	}

	record Query(String lucene, String key, String keyTerm) {
	}

	record SearchHit(Node entity, double score, String matchedBy) {
	}
}
