package org.spmawards.api.fetching;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;

/**
 * Data fetchers that answer at once from their source or from the reference data in
 * memory: a value derived from the source, or the region, field, service type,
 * achievement level or award edition it names by code. They are light: they need only the
 * source, not the fetching environment, so that a selection of such fields is completed
 * in one pass ({@code DirectCompletionStrategy}), and neither Spring's handler methods
 * and context propagation nor the request's observation wrap them. Such fields are read
 * hundreds of times in one answer (a ranking page names 20 regions, their provinces and
 * 120 fields), where a handler method and a data loader per field cost more than the
 * statements. Before the reference data is first read, its fetchers wait for it.
 */
public final class TrivialFetchers {

	private TrivialFetchers() {
	}

	/**
	 * Fetches a value derived from the source.
	 * @param <S> the source type
	 * @param value what to read of the source
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> of(Function<S, @Nullable Object> value) {
		return new LightDataFetcher<>() {

			@Override
			@SuppressWarnings("unchecked")
			public @Nullable Object get(GraphQLFieldDefinition field, Object source,
					Supplier<DataFetchingEnvironment> environment) {
				return (source != null) ? value.apply((S) source) : null;
			}

			@Override
			public @Nullable Object get(DataFetchingEnvironment environment) {
				S source = environment.getSource();
				return (source != null) ? value.apply(source) : null;
			}

		};
	}

	/**
	 * Fetches the region a source names.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param code the code of the source's region, or {@code null} for none
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> region(ReferenceDataCache referenceData,
			Function<S, @Nullable RegionCode> code) {
		return lookup(referenceData, code, ReferenceData::region);
	}

	/**
	 * Fetches the field a source names.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param code the source's field, or {@code null} for none
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> sector(ReferenceDataCache referenceData,
			Function<S, @Nullable SectorCode> code) {
		return lookup(referenceData, code, (data, sector) -> Optional.<Sector>of(data.sector(sector)));
	}

	/**
	 * Fetches the service type a source names.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param code the code of the source's service type
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> serviceType(ReferenceDataCache referenceData,
			Function<S, @Nullable String> code) {
		return lookup(referenceData, code, (data, type) -> data.serviceType(type).map(ServiceType.class::cast));
	}

	/**
	 * Fetches the achievement level a source names.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param code the code of the source's level, or {@code null} for none
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> level(ReferenceDataCache referenceData,
			Function<S, @Nullable String> code) {
		return lookup(referenceData, code, (data, level) -> data.level(level).map(AchievementLevel.class::cast));
	}

	/**
	 * Fetches the award edition a source names.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param year the year of the source's edition
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> edition(ReferenceDataCache referenceData,
			Function<S, @Nullable Integer> year) {
		return lookup(referenceData, year, (data, edition) -> data.edition(edition).map(AwardEdition.class::cast));
	}

	/**
	 * Fetches what the reference data holds for a source.
	 * @param <S> the source type
	 * @param referenceData the reference data
	 * @param value what the reference data holds for the source
	 * @return the data fetcher
	 */
	public static <S> DataFetcher<@Nullable Object> fromReferenceData(ReferenceDataCache referenceData,
			BiFunction<ReferenceData, S, @Nullable Object> value) {
		return TrivialFetchers.<S>of((source) -> {
			ReferenceData data = referenceData.loaded();
			if (data != null) {
				return value.apply(data, source);
			}
			return referenceData.get().mapNotNull((read) -> value.apply(read, source)).toFuture();
		});
	}

	private static <S, K> DataFetcher<@Nullable Object> lookup(ReferenceDataCache referenceData,
			Function<S, @Nullable K> key, BiFunction<ReferenceData, K, Optional<?>> find) {
		return TrivialFetchers.<S>fromReferenceData(referenceData, (data, source) -> {
			K code = key.apply(source);
			return (code != null) ? find.apply(data, code).orElse(null) : null;
		});
	}

}
