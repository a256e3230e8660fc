package org.spmawards.api.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter input objects of the schema, bound to records: the conditions on one field
 * ({@code IntFilter}, {@code CodeFilter}, ...) and the filters of rows that combine them
 * with {@code and}, {@code or} and {@code not}. A field left out, or given as null, sets
 * no condition.
 */
final class FilterArguments {

	// reads enums by their names whatever their toString says; builds each record type's
	// reader once
	private static final JsonMapper RECORDS = JsonMapper.builder()
		.disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
		.build();

	private FilterArguments() {
	}

	/**
	 * Binds a filter argument to its record, from the maps, lists, strings and numbers
	 * graphql-java coerced it to (the schema has already checked its shape and types),
	 * after refusing any explicit null in it ({@link FilterInput#refuseNulls}). Jackson
	 * builds a record type's reader once; Spring for GraphQL's argument binder looked up
	 * every nested record's constructor by reflection for each value it bound, about a
	 * fifth of a custom query's time.
	 * @param <F> the record type
	 * @param environment the field's environment
	 * @param name the argument's name
	 * @param type the record type
	 * @return the bound filter, or {@code null} without the argument
	 * @throws org.spmawards.api.errors.InvalidArgumentException naming an explicit null
	 */
	static <F> @Nullable F bind(DataFetchingEnvironment environment, String name, Class<F> type) {
		Object raw = environment.getArgument(name);
		FilterInput.refuseNulls(raw, name);
		return (raw != null) ? RECORDS.convertValue(raw, type) : null;
	}

	/**
	 * Binds the filter argument of the field whose answer holds the field being fetched
	 * (the query of a connection), as {@link #bind} does.
	 * @param <F> the filter type
	 * @param environment the environment of a field of the answer
	 * @param type the filter type
	 * @return the filter, or {@code null} if none was given
	 */
	static <F> @Nullable F bindParent(DataFetchingEnvironment environment, Class<F> type) {
		Object raw = environment.getExecutionStepInfo().getParent().getArgument("filter");
		return (raw != null) ? RECORDS.convertValue(raw, type) : null;
	}

	/**
	 * The conditions on one field.
	 */
	interface Conditions {

		/**
		 * Returns the operators given, by their schema names, in the schema's order.
		 * @return the values given, by operator
		 */
		Map<String, Object> given();

		/**
		 * Returns the conditions on a number that are given, in the schema's order.
		 */
		static Map<String, Object> ofNumber(@Nullable Object equalTo, @Nullable Object notEqualTo, @Nullable Object in,
				@Nullable Object notIn, @Nullable Object lessThan, @Nullable Object lessThanOrEqualTo,
				@Nullable Object greaterThan, @Nullable Object greaterThanOrEqualTo, @Nullable Object isNull) {
			return of("equalTo", equalTo, "notEqualTo", notEqualTo, "in", in, "notIn", notIn, "lessThan", lessThan,
					"lessThanOrEqualTo", lessThanOrEqualTo, "greaterThan", greaterThan, "greaterThanOrEqualTo",
					greaterThanOrEqualTo, "isNull", isNull);
		}

		static Map<String, Object> of(@Nullable Object... namesAndValues) {
			Map<String, Object> given = new LinkedHashMap<>();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				Object value = namesAndValues[i + 1];
				if (value != null) {
					given.put((String) namesAndValues[i], value);
				}
			}
			return given;
		}

	}

	/**
	 * A filter of rows: conditions on fields, and filters combined with and, or and not.
	 *
	 * @param <F> the filter's own type
	 */
	interface RowFilter<F extends RowFilter<F>> {

		/**
		 * Returns the conditions given, by the schema's field names, in the schema's
		 * order.
		 * @return the conditions, by field
		 */
		Map<String, Conditions> fields();

		@Nullable List<F> and();

		@Nullable List<F> or();

		@Nullable F not();

		static Map<String, Conditions> of(@Nullable Object... namesAndConditions) {
			Map<String, Conditions> given = new LinkedHashMap<>();
			for (int i = 0; i < namesAndConditions.length; i += 2) {
				Object conditions = namesAndConditions[i + 1];
				if (conditions != null) {
					given.put((String) namesAndConditions[i], (Conditions) conditions);
				}
			}
			return given;
		}

	}

	record IntFilter(@Nullable Integer equalTo, @Nullable Integer notEqualTo, @Nullable List<Integer> in,
			@Nullable List<Integer> notIn, @Nullable Integer lessThan, @Nullable Integer lessThanOrEqualTo,
			@Nullable Integer greaterThan, @Nullable Integer greaterThanOrEqualTo,
			@Nullable Boolean isNull) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.ofNumber(this.equalTo, this.notEqualTo, this.in, this.notIn, this.lessThan,
					this.lessThanOrEqualTo, this.greaterThan, this.greaterThanOrEqualTo, this.isNull);
		}

	}

	record FloatFilter(@Nullable Double equalTo, @Nullable Double notEqualTo, @Nullable List<Double> in,
			@Nullable List<Double> notIn, @Nullable Double lessThan, @Nullable Double lessThanOrEqualTo,
			@Nullable Double greaterThan, @Nullable Double greaterThanOrEqualTo,
			@Nullable Boolean isNull) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.ofNumber(this.equalTo, this.notEqualTo, this.in, this.notIn, this.lessThan,
					this.lessThanOrEqualTo, this.greaterThan, this.greaterThanOrEqualTo, this.isNull);
		}

	}

	record CodeFilter(@Nullable String equalTo, @Nullable String notEqualTo, @Nullable List<String> in,
			@Nullable List<String> notIn) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.of("equalTo", this.equalTo, "notEqualTo", this.notEqualTo, "in", this.in, "notIn",
					this.notIn);
		}

	}

	record RegionLevelFilter(@Nullable RegionLevel equalTo, @Nullable RegionLevel notEqualTo,
			@Nullable List<RegionLevel> in, @Nullable List<RegionLevel> notIn) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.of("equalTo", this.equalTo, "notEqualTo", this.notEqualTo, "in", this.in, "notIn",
					this.notIn);
		}

	}

	record SectorFilter(@Nullable SectorCode equalTo, @Nullable SectorCode notEqualTo, @Nullable List<SectorCode> in,
			@Nullable List<SectorCode> notIn, @Nullable Boolean isNull) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.of("equalTo", this.equalTo, "notEqualTo", this.notEqualTo, "in", this.in, "notIn",
					this.notIn, "isNull", this.isNull);
		}

	}

	record OriginFilter(@Nullable Origin equalTo, @Nullable Origin notEqualTo) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.of("equalTo", this.equalTo, "notEqualTo", this.notEqualTo);
		}

	}

	record StatusFilter(@Nullable IndexStatus equalTo, @Nullable IndexStatus notEqualTo) implements Conditions {

		@Override
		public Map<String, Object> given() {
			return Conditions.of("equalTo", this.equalTo, "notEqualTo", this.notEqualTo);
		}

	}

	record IndexValueFilter(@Nullable IntFilter fiscalYear, @Nullable CodeFilter regionCode,
			@Nullable CodeFilter provinceCode, @Nullable RegionLevelFilter level, @Nullable SectorFilter sector,
			@Nullable FloatFilter value, @Nullable OriginFilter origin, @Nullable StatusFilter status,
			@Nullable List<IndexValueFilter> and, @Nullable List<IndexValueFilter> or,
			@Nullable IndexValueFilter not) implements RowFilter<IndexValueFilter> {

		@Override
		public Map<String, Conditions> fields() {
			return RowFilter.of("fiscalYear", this.fiscalYear, "regionCode", this.regionCode, "provinceCode",
					this.provinceCode, "level", this.level, "sector", this.sector, "value", this.value, "origin",
					this.origin, "status", this.status);
		}

	}

	record AchievementFilter(@Nullable IntFilter fiscalYear, @Nullable CodeFilter regionCode,
			@Nullable CodeFilter provinceCode, @Nullable RegionLevelFilter level, @Nullable SectorFilter sector,
			@Nullable CodeFilter serviceType, @Nullable FloatFilter achievement, @Nullable IntFilter target,
			@Nullable IntFilter served, @Nullable FloatFilter quality, @Nullable List<AchievementFilter> and,
			@Nullable List<AchievementFilter> or,
			@Nullable AchievementFilter not) implements RowFilter<AchievementFilter> {

		@Override
		public Map<String, Conditions> fields() {
			return RowFilter.of("fiscalYear", this.fiscalYear, "regionCode", this.regionCode, "provinceCode",
					this.provinceCode, "level", this.level, "sector", this.sector, "serviceType", this.serviceType,
					"achievement", this.achievement, "target", this.target, "served", this.served, "quality",
					this.quality);
		}

	}

	record StatisticsFilter(@Nullable IndexValueFilter indexValues, @Nullable AchievementFilter achievements) {

	}

}
