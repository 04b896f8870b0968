package dev.awardgraph.safety;

import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation asks for, measured on its document before anything runs: depth, worst-case cost, aliases,
 * root fields and fields, with fragments expanded and {@code first}/{@code maxNodes}/{@code maxEdges} read from
 * literals or variables.
 *
 * <p>Cost is the worst-case number of objects resolved. A scalar is read with its object and costs nothing; an
 * object-valued field costs 1 plus its selection, times its page size if it is a list: {@code first},
 * {@code maxNodes} or {@code maxEdges} when given, else the default page size. A page object (a connection, a
 * neighbourhood or network) passes its size to the lists inside it. Introspection ({@code __schema},
 * {@code __type}) is bounded by the schema and costs nothing here; it still counts towards depth and fields.
 *
 * <p>It runs on the parsed document before validation (validation of a hostile document is itself work), so it
 * tolerates unknown fields and types (they cost nothing) and fragment cycles (not followed twice on one path).
 */
record QueryShape(int depth, long cost, int aliases, int rootFields, int fields) {

	private static final String[] PAGE_ARGUMENTS = { "first", "maxNodes", "maxEdges" };

	static QueryShape measure(SelectionSet operation, GraphQLType root, Map<String, FragmentDefinition> fragments,
			Map<String, Object> variables, GraphQLSchema schema, int defaultPageSize) {
		Walker walker = new Walker(fragments, variables, schema, defaultPageSize);
		long cost = walker.cost(operation, root, 1, null);
		return new QueryShape(walker.depth, cost, walker.aliases, walker.rootFields, walker.fields);
	}

	private static final class Walker {

		private final Map<String, FragmentDefinition> fragments;
		private final Map<String, Object> variables;
		private final GraphQLSchema schema;
		private final int defaultPageSize;
		private final java.util.Set<String> expanding = new java.util.HashSet<>();
		int depth;
		int aliases;
		int rootFields;
		int fields;

		Walker(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, GraphQLSchema schema, int defaultPageSize) {
			this.fragments = fragments;
			this.variables = variables;
			this.schema = schema;
			this.defaultPageSize = defaultPageSize;
		}

		/**
		 * Cost of a selection set on {@code type} at nesting {@code level}. {@code pageSize} is a page size handed
		 * down by a paged field whose type is not itself a list (a connection): the first list below it uses it.
		 */
		long cost(SelectionSet selections, GraphQLType type, int level, Long pageSize) {
			long cost = 0;
			if (selections == null) {
				return 0;
			}
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field field) {
					cost = saturatedAdd(cost, field(field, type, level, pageSize));
				}
				else if (selection instanceof InlineFragment fragment) {
					GraphQLType on = fragment.getTypeCondition() == null ? type : schema.getType(fragment.getTypeCondition().getName());
					if (fragment.getSelectionSet() != null) {
						cost = saturatedAdd(cost, cost(fragment.getSelectionSet(), on, level, pageSize));
					}
				}
				else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
						&& expanding.add(spread.getName())) {
					FragmentDefinition fragment = fragments.get(spread.getName());
					GraphQLType on = fragment.getTypeCondition() == null ? null : schema.getType(fragment.getTypeCondition().getName());
					cost = saturatedAdd(cost, cost(fragment.getSelectionSet(), on, level, pageSize));
					expanding.remove(spread.getName());
				}
			}
			return cost;
		}

		private long field(Field field, GraphQLType parent, int level, Long handedDown) {
			fields++;
			depth = Math.max(depth, level);
			if (field.getAlias() != null) {
				aliases++;
			}
			if (level == 1) {
				rootFields++;
			}
			GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
					? container.getFieldDefinition(field.getName()) : null;
			if (definition == null || field.getSelectionSet() == null) {
				if (field.getSelectionSet() != null) {
					cost(field.getSelectionSet(), null, level + 1, null); // still counted for depth and fields
				}
				return 0;
			}
			boolean introspection = field.getName().startsWith("__");
			GraphQLOutputType type = definition.getType();
			boolean list = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
			Long asked = pageSize(field, definition);
			long multiplier = 1;
			Long handDown = null;
			if (list) {
				multiplier = asked != null ? asked : handedDown != null ? handedDown : defaultPageSize;
			}
			else if (asked != null) {
				handDown = asked; // a page object: the list inside it is bounded by this field's first
			}
			GraphQLNamedType element = GraphQLTypeUtil.unwrapAll(type);
			long children = cost(field.getSelectionSet(), element, level + 1, handDown);
			return introspection ? 0 : saturatedMultiply(multiplier, saturatedAdd(1, children));
		}

		private Long pageSize(Field field, GraphQLFieldDefinition definition) {
			for (String name : PAGE_ARGUMENTS) {
				GraphQLArgument argument = definition.getArgument(name);
				if (argument == null) {
					continue;
				}
				for (Argument given : field.getArguments()) {
					if (given.getName().equals(name)) {
						Long value = intValue(given.getValue());
						if (value != null) {
							return Math.max(0, value);
						}
					}
				}
				return (long) defaultPageSize;
			}
			return null;
		}

		private Long intValue(Value<?> value) {
			if (value instanceof IntValue literal) {
				return literal.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
			}
			if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number number) {
				return number.longValue();
			}
			return null;
		}
	}

	static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
	}

	static long saturatedMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		return (high == 0 && product >= 0) ? product : Long.MAX_VALUE;
	}
}
