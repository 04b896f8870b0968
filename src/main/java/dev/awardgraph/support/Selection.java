package dev.awardgraph.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code EdgePrefetchTest} compares what is read this way with what the fields themselves load. A field that
 * several object types get from the same place in the query (a field of an interface, asked outside any type
 * condition) is one entry with all those types, so what is below it is read once, not once per type.
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

	/** A field of the selection, with the object types it applies to (in the schema's order). */
	public record Field(String name, List<String> objectTypes, Map<String, Object> arguments, Selection selection) {
	}

	/**
	 * The fields directly below. graphql-java's {@code SelectedField} is the model: one entry per field name and
	 * set of object types that select it from the same syntax with the same arguments.
	 */
	public List<Field> fields() {
		Map<Same, Field> fields = new LinkedHashMap<>();
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
				// null: __typename and the other introspection fields
				Map<String, Object> arguments = definition == null || definition.getArguments().isEmpty() ? Map.of()
						: ValuesResolver.getArgumentValues(request.schema().getCodeRegistry(), definition.getArguments(),
								sub.getArguments(), CoercedVariables.of(request.variables()), request.context(), request.locale());
				Same same = new Same(sub.getFields(),
						definition == null ? null : GraphQLTypeUtil.simplePrint(definition.getType()), arguments);
				Field known = fields.get(same);
				if (known != null) {
					List<String> types = new ArrayList<>(known.objectTypes());
					types.add(objectType.getName());
					fields.put(same, new Field(known.name(), types, arguments, known.selection()));
				}
				else {
					fields.put(same, new Field(sub.getName(), List.of(objectType.getName()), arguments,
							definition == null ? null : new Selection(request, sub, definition.getType())));
				}
			}
		}
		return List.copyOf(fields.values());
	}

	/**
	 * When two object types' fields are one entry: the same syntax nodes (graphql-java's AST nodes do not override
	 * {@code equals}, so this compares them by identity), the same type and the same argument values.
	 */
	private record Same(List<graphql.language.Field> syntax, String type, Map<String, Object> arguments) {
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
