package org.spmawards.api.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.query.FilterArguments.Conditions;
import org.spmawards.api.query.FilterArguments.RowFilter;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.query.CustomQueryProperties;
import org.spmawards.persistence.query.Filter;
import org.spmawards.persistence.query.FilterOperator;
import org.spmawards.persistence.query.QueryField;
import org.spmawards.persistence.query.QuerySubject;

/**
 * Reads a filter argument into a {@link Filter}, checking it against the limits and
 * checking every code; a problem is a BAD_REQUEST that names where in the filter it is,
 * e.g. {@code filter.or[1].value.in}.
 */
final class FilterInput {

	private static final Map<String, QueryField> FIELDS = Map.ofEntries(Map.entry("fiscalYear", QueryField.FISCAL_YEAR),
			Map.entry("regionCode", QueryField.REGION_CODE), Map.entry("provinceCode", QueryField.PROVINCE_CODE),
			Map.entry("level", QueryField.LEVEL), Map.entry("sector", QueryField.SECTOR),
			Map.entry("serviceType", QueryField.SERVICE_TYPE), Map.entry("value", QueryField.VALUE),
			Map.entry("achievement", QueryField.ACHIEVEMENT), Map.entry("target", QueryField.TARGET),
			Map.entry("served", QueryField.SERVED), Map.entry("quality", QueryField.QUALITY),
			Map.entry("origin", QueryField.ORIGIN), Map.entry("status", QueryField.STATUS));

	private static final Map<String, FilterOperator> OPERATORS = Map.of("equalTo", FilterOperator.EQUAL_TO,
			"notEqualTo", FilterOperator.NOT_EQUAL_TO, "in", FilterOperator.IN, "notIn", FilterOperator.NOT_IN,
			"lessThan", FilterOperator.LESS_THAN, "lessThanOrEqualTo", FilterOperator.LESS_THAN_OR_EQUAL_TO,
			"greaterThan", FilterOperator.GREATER_THAN, "greaterThanOrEqualTo", FilterOperator.GREATER_THAN_OR_EQUAL_TO,
			"isNull", FilterOperator.IS_NULL);

	private final CustomQueryProperties limits;

	private final String argument;

	private int cost;

	private FilterInput(CustomQueryProperties limits, String argument) {
		this.limits = limits;
		this.argument = argument;
	}

	/**
	 * Reads a filter argument.
	 * @param <F> the filter type
	 * @param input the argument as bound from GraphQL, or {@code null}
	 * @param limits the bounds
	 * @param argument the argument's name (its path), for errors
	 * @return the filter; {@link Filter#NONE} without an argument
	 */
	static <F extends RowFilter<F>> Filter read(@Nullable F input, CustomQueryProperties limits, String argument) {
		return (input != null) ? new FilterInput(limits, argument).filter(input, argument, 1) : Filter.NONE;
	}

	/**
	 * Refuses an explicit null anywhere in a filter argument, as it was sent: bound to
	 * records, a null could not be told from a field left out, and a condition silently
	 * dropped would answer a wider question than the one asked.
	 * @param raw the argument's value as sent, or {@code null}
	 * @param path the argument's name
	 * @throws InvalidArgumentException naming where the null is
	 */
	static void refuseNulls(@Nullable Object raw, String path) {
		if (raw instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				String here = path + "." + key;
				if (value == null) {
					throw new InvalidArgumentException(path.split("[.\\[]", 2)[0],
							"Argument '" + here + "': must not be null: " + (OPERATORS.containsKey(key)
									? "to match unknown values use isNull: true" : "leave it out instead"));
				}
				refuseNulls(value, here);
			});
		}
		else if (raw instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				refuseNulls(list.get(i), path + "[" + i + "]");
			}
		}
	}

	private <F extends RowFilter<F>> Filter filter(F input, String path, int depth) {
		if (depth > this.limits.maxDepth()) {
			throw invalid(path, "'and', 'or' and 'not' nest " + depth + " levels deep here; at most "
					+ this.limits.maxDepth() + " are allowed (spm.query.max-depth)");
		}
		List<Filter> all = new ArrayList<>();
		input.fields()
			.forEach((name, conditions) -> all.addAll(conditions(FIELDS.get(name), conditions, path + "." + name)));
		if (input.and() != null) {
			all.add(new Filter.All(children(input.and(), path + ".and", depth)));
		}
		if (input.or() != null) {
			all.add(new Filter.Any(children(input.or(), path + ".or", depth)));
		}
		if (input.not() != null) {
			all.add(new Filter.Not(filter(input.not(), path + ".not", depth + 1)));
		}
		return (all.size() == 1) ? all.get(0) : new Filter.All(all);
	}

	private <F extends RowFilter<F>> List<Filter> children(List<F> inputs, String path, int depth) {
		List<Filter> children = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			children.add(filter(inputs.get(i), path + "[" + i + "]", depth + 1));
		}
		return children;
	}

	private List<Filter> conditions(QueryField field, Conditions conditions, String path) {
		List<Filter> filters = new ArrayList<>();
		for (Map.Entry<String, Object> entry : conditions.given().entrySet()) {
			String here = path + "." + entry.getKey();
			FilterOperator operator = OPERATORS.get(entry.getKey());
			Object value = entry.getValue();
			charge(1, here);
			Object converted;
			if (operator == FilterOperator.IS_NULL) {
				converted = value;
			}
			else if (operator == FilterOperator.IN || operator == FilterOperator.NOT_IN) {
				List<?> values = (List<?>) value;
				if (values.size() > this.limits.maxInValues()) {
					throw invalid(here, "lists " + values.size() + " values; at most " + this.limits.maxInValues()
							+ " are allowed (spm.query.max-in-values)");
				}
				charge(values.size(), here);
				converted = values.stream().map((item) -> convert(field, item, here)).toList();
			}
			else {
				converted = convert(field, value, here);
			}
			filters.add(new Filter.Condition(field, operator, converted));
		}
		return filters;
	}

	private void charge(int amount, String path) {
		this.cost += amount;
		if (this.cost > this.limits.maxCost()) {
			throw invalid(path, "the filter costs more than " + this.limits.maxCost()
					+ " (each condition counts 1, each listed value 1 more; spm.query.max-cost): split the question");
		}
	}

	private Object convert(QueryField field, Object value, String path) {
		return switch (field.type()) {
			case INTEGER -> ((Number) value).intValue();
			case LONG -> ((Number) value).longValue();
			case DECIMAL -> decimal(((Number) value).doubleValue(), path);
			case CODE -> code(field, value.toString(), path);
		};
	}

	private BigDecimal decimal(double value, String path) {
		if (!Double.isFinite(value)) {
			throw invalid(path, "is not a finite number: values are 0 to 100, e.g. 80 or 97.5");
		}
		return BigDecimal.valueOf(value);
	}

	private String code(QueryField field, String value, String path) {
		switch (field) {
			case REGION_CODE, PROVINCE_CODE -> {
				RegionCode code;
				try {
					code = RegionCode.of(value);
				}
				catch (IllegalArgumentException ex) {
					throw invalid(path, ex.getMessage());
				}
				if (field == QueryField.PROVINCE_CODE && !code.isProvince()) {
					throw invalid(path, "'" + value + "' is not a province code: expected two digits, e.g. 32");
				}
			}
			case SERVICE_TYPE -> {
				if (!ServiceType.isCode(value)) {
					throw invalid(path, "'" + value + "' is not a service type code: expected e.g. HEA-K-1 or EDU-P-2");
				}
			}
			default -> {
				// levels, sectors, origins and statuses arrive as values of the schema's
				// enums
			}
		}
		return value.toUpperCase(Locale.ROOT);
	}

	private InvalidArgumentException invalid(String path, String reason) {
		return new InvalidArgumentException(this.argument, "Argument '" + path + "': " + reason);
	}

	/**
	 * Returns the field an order or a dimension names, checking that the subject has it.
	 * @param name the name, e.g. {@code VALUE} or {@code PROVINCE}
	 * @param subject the subject
	 * @param argument the argument, for errors
	 * @return the field
	 */
	static QueryField field(String name, QuerySubject subject, String argument) {
		QueryField field = "PROVINCE".equals(name) ? QueryField.PROVINCE_CODE : QueryField.valueOf(name);
		if (!field.appliesTo(subject)) {
			throw new InvalidArgumentException(argument,
					"Argument '" + argument + "': " + name + " does not apply to " + subject);
		}
		return field;
	}

}
