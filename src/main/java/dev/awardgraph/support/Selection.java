package dev.awardgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.ValuesResolver;
import graphql.language.FragmentDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * What the current field's selection asks, read from the query's syntax tree. {@code env.getSelectionSet()} does
 * the same, but its first call in a request builds graphql-java's normalised form of the whole operation: 7% of
 * the CPU samples of entity pages in a flight recording (docs/benchmarks.md). The fields are collected the way
 * execution collects them, by graphql-java's {@code FieldCollector} (fragments, type conditions,
 * {@code @skip}/{@code @include}), once for each object type the field can return; it is marked internal, and
 * {@code EdgePrefetchTest} compares what is read this way with what the fields themselves load.
 */
public final class Selection {

	private static final FieldCollector COLLECTOR = new FieldCollector();

	private final Request request;
	private final MergedField field;
	private final GraphQLOutputType type;

	private Selection(Request request, MergedField field, GraphQLOutputType type) {
		this.request = request;
		this.field = field;
		this.type = type;
	}

	/** What the request, fragments and variables included, asks of the field being fetched. */
	public static Selection of(DataFetchingEnvironment env) {
		Request request = new Request(env.getGraphQLSchema(), env.getFragmentsByName(), env.getVariables(),
				env.getGraphQlContext(), env.getLocale());
		return new Selection(request, env.getMergedField(), env.getFieldType());
	}

	/** A field of the selection, for one object type it applies to. */
	public record Field(String name, String objectType, Map<String, Object> arguments, Selection selection) {
	}

	/** The fields directly below, one entry per field and object type (as graphql-java's {@code SelectedField}). */
	public List<Field> fields() {
		List<Field> fields = new ArrayList<>();
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		for (GraphQLObjectType objectType : objectTypes(unwrapped)) {
			FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
				.schema(request.schema())
				.objectType(objectType)
				.fragments(request.fragments())
				.variables(request.variables())
				.graphQLContext(request.context())
				.build();
			for (MergedField sub : COLLECTOR.collectFields(parameters, field).getSubFieldsList()) {
				GraphQLFieldDefinition definition = objectType.getFieldDefinition(sub.getName());
				if (definition == null) { // __typename and the other introspection fields
					fields.add(new Field(sub.getName(), objectType.getName(), Map.of(), null));
					continue;
				}
				Map<String, Object> arguments = definition.getArguments().isEmpty() ? Map.of()
						: ValuesResolver.getArgumentValues(request.schema().getCodeRegistry(), definition.getArguments(),
								sub.getArguments(), CoercedVariables.of(request.variables()), request.context(), request.locale());
				fields.add(new Field(sub.getName(), objectType.getName(), arguments,
						new Selection(request, sub, definition.getType())));
			}
		}
		return fields;
	}

	/** The selections of the fields at a path of field names below this one, e.g. {@code edges/node}. */
	public List<Selection> at(String path) {
		List<Selection> level = List.of(this);
		for (String name : path.split("/")) {
			List<Selection> next = new ArrayList<>();
			for (Selection selection : level) {
				selection.fields().stream()
					.filter(f -> f.name().equals(name) && f.selection() != null)
					.forEach(f -> next.add(f.selection()));
			}
			level = next;
		}
		return level;
	}

	private List<GraphQLObjectType> objectTypes(GraphQLType unwrapped) {
		if (unwrapped instanceof GraphQLObjectType object) {
			return List.of(object);
		}
		if (unwrapped instanceof GraphQLInterfaceType face) {
			return request.schema().getImplementations(face);
		}
		if (unwrapped instanceof GraphQLUnionType union) {
			return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
		}
		return List.of(); // a scalar or enum: nothing below
	}

	private record Request(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
			GraphQLContext context, Locale locale) {
	}
}
