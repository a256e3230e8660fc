package org.spmawards.api.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.achievement.ServiceAchievementView;
import org.spmawards.api.errors.InvalidArgumentException;
import org.spmawards.api.identity.GlobalId;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.average.NationalAverageRepository;
import org.spmawards.persistence.award.AwardRepository;
import org.spmawards.persistence.imports.DataRevisionRepository;
import org.spmawards.persistence.index.AchievementRepository;
import org.spmawards.persistence.index.AchievementRepository.AchievementKey;
import org.spmawards.persistence.index.IndexRepository;
import org.spmawards.persistence.index.IndexRepository.IndexKey;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Finds objects by their global IDs ({@code node} and {@code nodes}): one statement per
 * type asked for, whatever the number of IDs; reference data from memory.
 */
@Controller
class NodeController {

	/** The most IDs one {@code nodes} takes. */
	static final int MAX_IDS = 100;

	private final ReferenceDataCache referenceData;

	private final Map<String, Finder> finders;

	NodeController(ReferenceDataCache referenceData, AwardRepository awards, IndexRepository index,
			AchievementRepository achievements, DataRevisionRepository revisions, NationalAverageRepository averages) {
		this.referenceData = referenceData;
		Map<String, Finder> finders = new HashMap<>();
		finders.put(NodeIds.REGION, (keys, data) -> Flux.fromIterable(data.regions().values()));
		finders.put(NodeIds.SECTOR, (keys, data) -> Flux.fromIterable(data.sectors()));
		finders.put(NodeIds.SERVICE_TYPE, (keys, data) -> Flux.fromIterable(data.serviceTypes()));
		finders.put(NodeIds.AWARD_EDITION, (keys, data) -> Flux.fromIterable(data.editions()));
		finders.put(NodeIds.METHODOLOGY, (keys, data) -> Flux.fromIterable(data.methodologies().values()));
		finders.put(NodeIds.ACHIEVEMENT_LEVEL, (keys, data) -> Flux.fromIterable(data.levels()));
		finders.put(NodeIds.AWARD_RESULT, (keys, data) -> Flux.fromIterable(data.awardResults()));
		finders.put(NodeIds.AWARD_MENTION,
				(keys, data) -> awards.findMentionsOfEditions(parts(keys, (key) -> Integer.valueOf(key[0]), 4)));
		finders
			.put(NodeIds.INDEX_VALUE,
					(keys, data) -> index
						.findByKeys(
								parts(keys,
										(key) -> new IndexKey(Integer.parseInt(key[0]), RegionCode.of(key[1]),
												NodeIds.OVERALL.equals(key[2]) ? null : SectorCode.valueOf(key[2])),
										3)));
		finders.put(NodeIds.SERVICE_ACHIEVEMENT, (keys, data) -> serviceAchievements(achievements, keys, data));
		finders.put(NodeIds.DATA_REVISION,
				(keys, data) -> revisions.findByNumbers(parts(keys, (key) -> Long.valueOf(key[0]), 1)));
		finders.put(NodeIds.NATIONAL_AVERAGE, (keys, data) -> averages.find(null, null));
		this.finders = Map.copyOf(finders);
	}

	@QueryMapping
	Mono<Object> node(@Argument String id) {
		return find(List.of(id), "id").flatMap((found) -> Mono.justOrEmpty(found.get(0)));
	}

	@QueryMapping
	Mono<List<@Nullable Object>> nodes(@Argument List<String> ids) {
		if (ids.isEmpty() || ids.size() > MAX_IDS) {
			throw new InvalidArgumentException("ids",
					"Argument 'ids' takes 1 to " + MAX_IDS + " IDs, but " + ids.size() + " were given");
		}
		return find(ids, "ids").map((found) -> found.stream().map((node) -> node.orElse(null)).toList());
	}

	private Mono<List<Optional<Object>>> find(List<String> ids, String argument) {
		List<GlobalId> decoded = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			GlobalId id = GlobalId.decode(ids.get(i));
			if (id == null || !this.finders.containsKey(id.type())) {
				String where = argument.equals("ids") ? "ids[" + i + "]" : argument;
				throw new InvalidArgumentException(argument, "Argument '" + where + "': '" + ids.get(i)
						+ "' is not an ID of this API: pass the id field of an object, unchanged");
			}
			decoded.add(id);
		}
		Map<String, Set<String>> keysByType = decoded.stream()
			.collect(Collectors.groupingBy(GlobalId::type, LinkedHashMap::new,
					Collectors.mapping(GlobalId::key, Collectors.toSet())));
		return this.referenceData.get()
			.flatMap((data) -> Flux.fromIterable(keysByType.entrySet())
				.concatMap((type) -> this.finders.get(type.getKey()).find(type.getValue(), data))
				.collectMap(NodeIds::of, (node) -> node)
				.map((found) -> decoded.stream().map((id) -> Optional.ofNullable(found.get(id))).toList()));
	}

	/**
	 * The achievements reported, and for a service type owed but not reported the row
	 * that says so (as sector detail lists it).
	 */
	private static Flux<Object> serviceAchievements(AchievementRepository achievements, Set<String> keys,
			ReferenceData data) {
		List<AchievementKey> parsed = parts(keys,
				(key) -> new AchievementKey(Integer.parseInt(key[0]), RegionCode.of(key[1]), key[2]), 3);
		Set<Integer> assessed = data.editions().stream().map(AwardEdition::fiscalYear).collect(Collectors.toSet());
		Map<String, ServiceType> types = data.serviceTypes()
			.stream()
			.collect(Collectors.toMap(ServiceType::code, Function.identity()));
		return achievements.findByKeys(parsed)
			.<Object>map(ServiceAchievementView::of)
			.concatWith(Flux.fromIterable(parsed).<Object>flatMap((key) -> {
				ServiceType type = types.get(key.serviceType());
				return Mono.justOrEmpty(data.region(key.region()))
					.filter((region) -> type != null && region.governmentLevel() == type.level()
							&& assessed.contains(key.fiscalYear()))
					.map((region) -> ServiceAchievementView.notReported(region.code(), key.fiscalYear(), type));
			}))
			// a reported row comes first and wins over the row that says it is not
			// reported
			.distinct(NodeIds::of);
	}

	/** Parses keys of the form {@code a:b:c}, skipping those that do not parse. */
	private static <K> List<K> parts(Collection<String> keys, Function<String[], K> parser, int count) {
		List<K> parsed = new ArrayList<>();
		for (String key : keys) {
			String[] parts = key.split(":", count);
			if (parts.length == count) {
				try {
					parsed.add(parser.apply(parts));
				}
				catch (IllegalArgumentException ex) {
					// not a key of an existing object: no node
				}
			}
		}
		return parsed;
	}

	@FunctionalInterface
	private interface Finder {

		/**
		 * Reads the objects of one type that the keys may name; objects of other keys may
		 * come along and are left out.
		 */
		Flux<?> find(Set<String> keys, ReferenceData data);

	}

}
