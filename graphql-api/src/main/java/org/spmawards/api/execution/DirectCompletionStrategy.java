package org.spmawards.api.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ValueUnboxer;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

/**
 * Completes the parts of an answer that plain properties serve in one pass over the
 * fetched objects, without graphql-java's machinery per field. A ranking page of 20
 * entries has about 500 fields; graphql-java gives each of them execution parameters, a
 * step, instrumentation calls, a fetch and a completion, which cost more than the page's
 * statements. Here an object field whose whole selection (to its leaves) is served by
 * {@link LightDataFetcher}s (the property fetchers, {@code TrivialFetchers}) is completed
 * by walking the selection once, planned once per field and request: each property read,
 * each leaf serialised by its scalar or enum, exactly as graphql-java would.
 * <p>
 * Whatever does not fit is left to graphql-java: a field with a data fetcher of its own
 * (a handler method, a data loader), an interface or union, {@code @defer}, a limit on
 * result nodes. And where the walk meets a value it would have to handle differently (a
 * future, a fetcher's error or result wrapper, a value its scalar cannot serialise, null
 * in a non-null field), it gives up that subtree to graphql-java, which fetches it again
 * (property reads are free of side effects) and reports the error or propagates the null
 * as the specification says. Per-field instrumentation does not see the fields completed
 * here; the trivial fetchers are already outside Spring's observations and context
 * propagation.
 */
final class DirectCompletionStrategy extends AsyncExecutionStrategy {

	/**
	 * The key of the request's {@code GraphQLContext} entry that, when {@code true},
	 * leaves all completion to graphql-java: set by tests that compare the two.
	 */
	static final String DISABLED = DirectCompletionStrategy.class.getName() + ".disabled";

	private static final Object GIVE_UP = new Object();

	private static final Object NOT_DIRECT = new Object();

	private static final Shape TYPE_NAME = new ScalarShape(Scalars.GraphQLString, true);

	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw new EnvironmentNeeded();
	};

	/**
	 * The names of the enum values serialised so far, per enum type of the schema.
	 * graphql-java finds a value's name by comparing it with every value of its type, and
	 * a Java enum constant (this service's values) with every value twice, first as the
	 * object, then by name: a few per cent of a ranking page's CPU time. Only values that
	 * serialised are kept, so each map holds at most the type's values in both forms.
	 */
	private final Map<GraphQLEnumType, Map<Object, Object>> enumNames = new ConcurrentHashMap<>();

	DirectCompletionStrategy(DataFetcherExceptionHandler exceptionHandler) {
		super(exceptionHandler);
	}

	@Override
	protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
		GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
		if (GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType) {
			Shape shape = plan(context, parameters.getField(), type);
			if (shape != null) {
				Object value = new Walk(context).complete(shape, parameters.getSource());
				if (value != GIVE_UP) {
					return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, value);
				}
			}
		}
		return super.completeValue(context, parameters);
	}

	/**
	 * The plan of a field of the request, made once per request: graphql-java completes
	 * the elements of a list one by one, through this method, when the list as a whole is
	 * not direct.
	 */
	private @Nullable Shape plan(ExecutionContext context, MergedField field, GraphQLOutputType type) {
		Plans plans = context.getGraphQLContext().computeIfAbsent(Plans.class, (key) -> new Plans(context));
		if (!plans.enabled) {
			return null;
		}
		Key key = new Key(field, type);
		Object plan = plans.byField.get(key);
		if (plan == null) {
			Shape shape = shape(context, field, type);
			plan = (shape != null) ? shape : NOT_DIRECT;
			plans.byField.put(key, plan);
		}
		return (plan instanceof Shape shape) ? shape : null;
	}

	private @Nullable Shape shape(ExecutionContext context, MergedField field, GraphQLOutputType type) {
		boolean nonNull = GraphQLTypeUtil.isNonNull(type);
		GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
		if (inner instanceof GraphQLList list) {
			Shape element = shape(context, field, (GraphQLOutputType) list.getWrappedType());
			return (element != null) ? new ListShape(element, nonNull) : null;
		}
		if (inner instanceof GraphQLScalarType scalar) {
			return new ScalarShape(scalar, nonNull);
		}
		if (inner instanceof GraphQLEnumType enumType) {
			return new EnumShape(enumType, nonNull,
					this.enumNames.computeIfAbsent(enumType, (key) -> new ConcurrentHashMap<>()));
		}
		if (inner instanceof GraphQLObjectType object) {
			return objectShape(context, field, object, nonNull);
		}
		return null;
	}

	private @Nullable Shape objectShape(ExecutionContext context, MergedField field, GraphQLObjectType object,
			boolean nonNull) {
		FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
			.schema(context.getGraphQLSchema())
			.objectType(object)
			.fragments(context.getFragmentsByName())
			.variables(context.getCoercedVariables().toMap())
			.graphQLContext(context.getGraphQLContext())
			.build();
		MergedSelectionSet fields = this.fieldCollector.collectFields(collecting, field, false);
		GraphQLCodeRegistry code = context.getGraphQLSchema().getCodeRegistry();
		List<Selection> selections = new ArrayList<>(fields.size());
		for (Map.Entry<String, MergedField> entry : fields.getSubFields().entrySet()) {
			Field selected = entry.getValue().getSingleField();
			if (Introspection.TypeNameMetaFieldDef.getName().equals(selected.getName())) {
				selections.add(new Selection(entry.getKey(), Introspection.TypeNameMetaFieldDef,
						new TypeName(object.getName()), TYPE_NAME));
				continue;
			}
			GraphQLFieldDefinition definition = getFieldDef(context.getGraphQLSchema(), object, selected);
			DataFetcher<?> fetcher = code.getDataFetcher(object, definition);
			if (!(fetcher instanceof LightDataFetcher<?> light)) {
				return null;
			}
			Shape shape = shape(context, entry.getValue(), definition.getType());
			if (shape == null) {
				return null;
			}
			selections.add(new Selection(entry.getKey(), definition, light, shape));
		}
		return new ObjectShape(selections, nonNull);
	}

	/**
	 * One completion of a planned field: the request's unboxer, context and locale at
	 * hand.
	 */
	private static final class Walk {

		private final ValueUnboxer unboxer;

		private final GraphQLContext graphQlContext;

		private final Locale locale;

		Walk(ExecutionContext context) {
			this.unboxer = context.getValueUnboxer();
			this.graphQlContext = context.getGraphQLContext();
			this.locale = context.getLocale();
		}

		@Nullable Object complete(Shape shape, @Nullable Object fetched) {
			Object value = this.unboxer.unbox(fetched);
			if (value == null) {
				return shape.nonNull() ? GIVE_UP : null;
			}
			if (value instanceof CompletionStage || value instanceof Publisher || value instanceof DataFetcherResult) {
				return GIVE_UP;
			}
			try {
				Object completed;
				if (shape instanceof ObjectShape object) {
					completed = completeObject(object, value);
				}
				else if (shape instanceof ListShape list) {
					completed = completeList(list, value);
				}
				else if (shape instanceof ScalarShape scalar) {
					completed = serialize(scalar, value);
				}
				else {
					completed = serialize((EnumShape) shape, value);
				}
				return (completed == null && shape.nonNull()) ? GIVE_UP : completed;
			}
			catch (CoercingSerializeException ex) {
				return GIVE_UP;
			}
		}

		/**
		 * A leaf as its scalar serialises it. graphql-java's {@code Float} turns a
		 * {@link BigDecimal} (this service's figures) into a {@code Double} by way of its
		 * text, {@code toString} parsed again, which gives the decimal's own
		 * {@code doubleValue()}: taken here without the text.
		 */
		private @Nullable Object serialize(ScalarShape scalar, Object value) {
			if (scalar.type() == Scalars.GraphQLFloat && value instanceof BigDecimal decimal) {
				double number = decimal.doubleValue();
				if (!Double.isInfinite(number)) {
					return number;
				}
			}
			return scalar.type().getCoercing().serialize(value, this.graphQlContext, this.locale);
		}

		private @Nullable Object serialize(EnumShape shape, Object value) {
			Object name = shape.names().get(value);
			if (name == null) {
				name = shape.type().serialize(value, this.graphQlContext, this.locale);
				if (name != null) {
					shape.names().put(value, name);
				}
			}
			return name;
		}

		private Object completeList(ListShape list, Object value) {
			if (!(value instanceof Iterable<?> items)) {
				return GIVE_UP;
			}
			List<@Nullable Object> completed = new ArrayList<>(
					(items instanceof Collection<?> collection) ? collection.size() : 10);
			for (Object item : items) {
				Object element = complete(list.element(), item);
				if (element == GIVE_UP) {
					return GIVE_UP;
				}
				completed.add(element);
			}
			return completed;
		}

		private Object completeObject(ObjectShape object, Object source) {
			Map<String, @Nullable Object> completed = new LinkedHashMap<>((object.selections().size() * 4 + 2) / 3);
			for (Selection selection : object.selections()) {
				Object value;
				try {
					value = complete(selection.shape(),
							selection.fetcher().get(selection.definition(), source, NO_ENVIRONMENT));
				}
				catch (Exception ex) {
					return GIVE_UP;
				}
				if (value == GIVE_UP) {
					return GIVE_UP;
				}
				completed.put(selection.key(), value);
			}
			return completed;
		}

	}

	private sealed interface Shape permits ScalarShape, EnumShape, ListShape, ObjectShape {

		boolean nonNull();

	}

	private record ScalarShape(GraphQLScalarType type, boolean nonNull) implements Shape {
	}

	private record EnumShape(GraphQLEnumType type, boolean nonNull, Map<Object, Object> names) implements Shape {
	}

	private record ListShape(Shape element, boolean nonNull) implements Shape {
	}

	private record ObjectShape(List<Selection> selections, boolean nonNull) implements Shape {
	}

	/**
	 * A selected field under its response key: its definition, fetcher and shape.
	 */
	private record Selection(String key, GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher, Shape shape) {
	}

	/**
	 * Answers {@code __typename} with the name of the object type selected on.
	 */
	private record TypeName(String name) implements LightDataFetcher<String> {

		@Override
		public String get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
			return this.name;
		}

		@Override
		public String get(DataFetchingEnvironment environment) {
			return this.name;
		}

	}

	/**
	 * A field of the request and the type it is completed as: the field objects are the
	 * request's own, so they are compared by identity.
	 */
	private record Key(MergedField field, GraphQLType type) {

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && key.field == this.field && key.type == this.type;
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(this.field) + System.identityHashCode(this.type);
		}

	}

	/**
	 * The plans of one request, and whether it is completed directly at all: not with
	 * {@code @defer}, a limit on result nodes (which counts fields one by one) or
	 * {@link #DISABLED}.
	 */
	private static final class Plans {

		private final boolean enabled;

		private final Map<Key, Object> byField = new ConcurrentHashMap<>();

		Plans(ExecutionContext context) {
			GraphQLContext graphQlContext = context.getGraphQLContext();
			this.enabled = !context.hasIncrementalSupport()
					&& graphQlContext.get(ResultNodesInfo.MAX_RESULT_NODES) == null
					&& !graphQlContext.getBoolean(DISABLED, false);
		}

	}

	/**
	 * A light data fetcher asked for the environment that it is not given here: the field
	 * is left to graphql-java.
	 */
	private static final class EnvironmentNeeded extends RuntimeException {

		EnvironmentNeeded() {
			super(null, null, false, false);
		}

	}

}
