package dev.awardgraph.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Hostile strings in every string and ID argument of every root query field (found in the live schema, so a new
 * field is covered without touching this test) change nothing and return nothing extra: an ID argument answers
 * as for an unknown id (null, empty or a BAD_REQUEST), and a text argument answers no more than the plain words
 * of the payload would. The graph hash is the same afterwards.
 */
@GraphTest
class InjectionTest {

	static final List<String> PAYLOADS = List.of(
			"' OR 1=1 //",
			"\" OR \"\"=\"",
			"x\"}) MATCH (n) DETACH DELETE n //",
			"x') DETACH DELETE n RETURN ('",
			"MATCH (n) DETACH DELETE n",
			"org/qianxin' OR n.id <> '",
			"org/qianxin\"}) WITH 1 AS x MATCH (m) SET m.name = 'pwned' //",
			"`) CREATE (:Entity {id: 'evil'}) //",
			"CALL dbms.components() YIELD name RETURN name",
			"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"' UNION MATCH (n) RETURN n.id AS id //",
			"$id", "{id: $name}",
			"*:*", "name:* OR id:*", "*", "?", "~", "(?i).*", "%", "\\", "\\\"", "\\u0027 OR 1=1",
			"org/qianxin\u0000", "\u0000", "ｍａｔｃｈ (ｎ) ｄｅｌｅｔｅ ｎ", "org/\u202Eqianxin", "org/qian\u200Bxin", "e\u0301\u0301\u0301",
			"${jndi:ldap://example.invalid/x}", "<script>alert(1)</script>", "A".repeat(10_000));

	private static final String UNKNOWN = "zz-no-such-entity";

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	int requests;

	HttpGraphQlTester client;

	/** Answers to harmless values, by target and value: the plain words of many payloads are the same. */
	final Map<String, Set<String>> harmlessAnswers = new java.util.HashMap<>();

	@Test
	void hostileStringsInEveryStringArgumentChangeNothingAndReturnNothingExtra() {
		client = GraphQlClient.forPort(port);
		String hashBefore = hash();
		GraphQLSchema schema = graphQlSource.schema();
		List<Target> targets = targets(schema);
		assertThat(targets).as("string arguments found").hasSizeGreaterThan(20);
		Map<String, Integer> outcomes = new java.util.TreeMap<>();
		for (Target target : targets) {
			Set<String> baseline = harmless(target, UNKNOWN);
			for (String payload : PAYLOADS) {
				Answer answer = answer(target, payload);
				Set<String> allowed = new TreeSet<>(baseline);
				if (!target.identity()) {
					allowed.addAll(harmless(target, plainWords(payload)));
				}
				assertThat(ids(answer)).as("%s with %s", target, payload).isSubsetOf(allowed);
				outcomes.merge(answer.outcome(), 1, Integer::sum);
			}
		}
		String hashAfter = hash();
		assertThat(hashAfter).isEqualTo(hashBefore);
		System.out.printf("injection: %d payloads × %d string/ID arguments of %d root query fields = %d requests (%d with baselines); "
				+ "outcomes %s; graph hash unchanged %s%n", PAYLOADS.size(), targets.size(),
				targets.stream().map(Target::field).distinct().count(), PAYLOADS.size() * targets.size(), requests, outcomes,
				hashAfter.substring(0, 12));
	}

	/** One place a string goes: an argument, or a field of an input-object argument; in a list if its type is one. */
	record Target(GraphQLFieldDefinition field, GraphQLArgument argument, GraphQLInputObjectField inputField) {

		GraphQLInputType targetType() {
			return inputField != null ? inputField.getType() : argument.getType();
		}

		/** ID arguments name an entity: a hostile one must answer as an unknown one does. */
		boolean identity() {
			return GraphQLTypeUtil.unwrapAll(targetType()) == Scalars.GraphQLID || inputField == null && argument.getName().equals("after");
		}

		@Override
		public String toString() {
			return field.getName() + "(" + argument.getName() + (inputField == null ? "" : "." + inputField.getName()) + ")";
		}
	}

	record Answer(Map<String, Object> data, List<ResponseError> errors) {
		String outcome() {
			return errors.isEmpty() ? "answered" : String.valueOf(errors.get(0).getErrorType());
		}
	}

	private static List<Target> targets(GraphQLSchema schema) {
		List<Target> targets = new ArrayList<>();
		for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
			for (GraphQLArgument argument : field.getArguments()) {
				GraphQLType type = GraphQLTypeUtil.unwrapAll(argument.getType());
				if (isString(type)) {
					targets.add(new Target(field, argument, null));
				}
				else if (type instanceof GraphQLInputObjectType input) {
					input.getFieldDefinitions().stream().filter(f -> isString(GraphQLTypeUtil.unwrapAll(f.getType())))
						.forEach(f -> targets.add(new Target(field, argument, f)));
				}
			}
		}
		return targets;
	}

	private static boolean isString(GraphQLType type) {
		return type == Scalars.GraphQLString || type == Scalars.GraphQLID;
	}

	private Set<String> harmless(Target target, String value) {
		return harmlessAnswers.computeIfAbsent(target + "\u0000" + value, key -> ids(answer(target, value)));
	}

	private Answer answer(Target target, String value) {
		Map<String, Object> variables = new LinkedHashMap<>();
		StringBuilder arguments = new StringBuilder();
		for (GraphQLArgument argument : target.field().getArguments()) {
			Object given;
			if (argument == target.argument()) {
				given = target.inputField() == null ? wrap(argument.getType(), value)
						: Map.of(target.inputField().getName(), wrap(target.inputField().getType(), value));
			}
			else if (argument.getType() instanceof GraphQLNonNull) {
				given = harmless(argument.getType());
			}
			else {
				continue;
			}
			variables.put(argument.getName(), given);
			arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.getName()).append(": $").append(argument.getName());
		}
		String declarations = target.field().getArguments().stream()
			.filter(a -> variables.containsKey(a.getName()))
			.map(a -> "$" + a.getName() + ": " + GraphQLTypeUtil.simplePrint(a.getType()))
			.reduce((a, b) -> a + ", " + b).map(d -> "(" + d + ")").orElse("");
		String document = "query" + declarations + " { " + target.field().getName()
				+ (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection(target.field().getType(), 0) + " }";
		requests++;
		HttpGraphQlTester.Response response = client.document(document).variables(variables).execute();
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		assertThat(errors).as("%s with %s", target, value.length() > 60 ? value.substring(0, 60) + "…" : value)
			.allSatisfy(e -> {
				assertThat(e.getErrorType()).isIn(ErrorType.BAD_REQUEST, ErrorType.NOT_FOUND);
				// a message may quote the value back; apart from it, nothing of the service's insides
				assertThat(e.getMessage().replace(value, "")).doesNotContain("Exception", "org.", "java.", "MATCH", "Cypher");
			});
		Map<String, Object> data = response.path("$").entity(Map.class).get();
		return new Answer(data, errors);
	}

	private static Object wrap(GraphQLInputType type, String value) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList ? List.of(value) : value;
	}

	private static Object harmless(GraphQLInputType type) {
		GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
		if (inner instanceof GraphQLList list) {
			return List.of(harmless((GraphQLInputType) list.getWrappedType()));
		}
		if (inner instanceof GraphQLEnumType enumeration) {
			return enumeration.getValues().get(0).getName();
		}
		if (inner instanceof GraphQLInputObjectType) {
			return Map.of();
		}
		if (inner instanceof GraphQLScalarType scalar) {
			return switch (scalar.getName()) {
				case "Int" -> 1;
				case "Boolean" -> false;
				default -> "org/qianxin";
			};
		}
		throw new IllegalStateException("no harmless value for " + inner);
	}

	/** __typename and id of what a field returns and of the objects directly below it (those needing no arguments). */
	private static String selection(GraphQLOutputType type, int level) {
		GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLUnionType union) {
			StringBuilder fragments = new StringBuilder(" { __typename");
			for (GraphQLNamedType member : union.getTypes()) {
				fragments.append(" ... on ").append(member.getName()).append(selectionOf((GraphQLObjectType) member, level));
			}
			return fragments.append(" }").toString();
		}
		return named instanceof GraphQLFieldsContainer container ? selectionOf(container, level) : "";
	}

	private static String selectionOf(GraphQLFieldsContainer container, int level) {
		StringBuilder fields = new StringBuilder(" { __typename");
		if (container.getFieldDefinition("id") != null) {
			fields.append(" id");
		}
		if (level < 1) {
			for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
				boolean needsArguments = field.getArguments().stream().anyMatch(a -> a.getType() instanceof GraphQLNonNull);
				if (!needsArguments && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer
						|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLUnionType) {
					if (!needsArguments) {
						fields.append(" ").append(field.getName()).append(selection(field.getType(), level + 1));
					}
				}
			}
		}
		return fields.append(" }").toString();
	}

	private static Set<String> ids(Answer answer) {
		Set<String> ids = new TreeSet<>();
		collect(answer.data(), ids);
		return ids;
	}

	private static void collect(Object value, Set<String> ids) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> {
				if ("id".equals(key) && inner instanceof String id) {
					ids.add(id);
				}
				else {
					collect(inner, ids);
				}
			});
		}
		else if (value instanceof Collection<?> list) {
			list.forEach(item -> collect(item, ids));
		}
	}

	private static String plainWords(String payload) {
		String words = payload.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return words.isEmpty() ? UNKNOWN : words;
	}

	private String hash() {
		return client.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
	}
}
