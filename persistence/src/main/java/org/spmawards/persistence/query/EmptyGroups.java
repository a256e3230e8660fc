package org.spmawards.persistence.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * Lists the groups that have no values beside those that have: every value of each enum
 * dimension grouped by (level, field, achievement level), crossed with the values the
 * other dimensions have among the groups found, so that "how many regions at each level"
 * has no silent holes.
 */
public final class EmptyGroups {

	private EmptyGroups() {
	}

	/**
	 * Adds a group of count 0 for every missing combination.
	 * @param found the groups with values, in the order of their keys
	 * @param dimensions the dimensions grouped by
	 * @param subject index values or achievements
	 * @param data the reference data, for the achievement levels
	 * @return every group, in the order of the enum dimensions' declared values
	 */
	public static List<StatisticsGroup> fill(List<StatisticsGroup> found, List<QueryField> dimensions,
			QuerySubject subject, ReferenceData data) {
		List<List<@Nullable Object>> domains = new ArrayList<>();
		for (QueryField dimension : dimensions) {
			List<@Nullable Object> domain = domain(dimension, subject, data);
			if (domain == null) {
				Set<@Nullable Object> seen = new LinkedHashSet<>();
				found.forEach((group) -> seen.add(group.keys().get(dimension)));
				domain = new ArrayList<>(seen);
			}
			domains.add(domain);
		}
		Map<List<@Nullable Object>, StatisticsGroup> byKey = new HashMap<>();
		for (StatisticsGroup group : found) {
			// a list of the keys, which may be null, equal to the combination of the same
			// keys
			byKey.put(dimensions.stream().map((dimension) -> group.keys().get(dimension)).toList(), group);
		}
		List<StatisticsGroup> all = new ArrayList<>();
		for (List<@Nullable Object> combination : product(domains)) {
			StatisticsGroup group = byKey.get(combination);
			if (group == null) {
				Map<QueryField, @Nullable Object> keys = new LinkedHashMap<>();
				for (int i = 0; i < dimensions.size(); i++) {
					keys.put(dimensions.get(i), combination.get(i));
				}
				group = StatisticsGroup.empty(keys);
			}
			all.add(group);
		}
		return all;
	}

	/**
	 * The values of an enum dimension, or {@code null} for a dimension without a fixed
	 * list.
	 */
	private static @Nullable List<@Nullable Object> domain(QueryField dimension, QuerySubject subject,
			ReferenceData data) {
		List<@Nullable Object> domain = new ArrayList<>();
		switch (dimension) {
			case LEVEL -> Arrays.stream(RegionLevel.values()).forEach((level) -> domain.add(level.name()));
			case SECTOR -> {
				if (subject == QuerySubject.INDEX_VALUES) {
					// the overall index
					domain.add(null);
				}
				Arrays.stream(SectorCode.values()).forEach((sector) -> domain.add(sector.name()));
			}
			case ACHIEVEMENT_LEVEL -> data.levels().stream().map(AchievementLevel::code).forEach(domain::add);
			default -> {
				return null;
			}
		}
		return domain;
	}

	private static List<List<@Nullable Object>> product(List<List<@Nullable Object>> domains) {
		List<List<@Nullable Object>> combinations = new ArrayList<>();
		combinations.add(new ArrayList<>());
		for (List<@Nullable Object> domain : domains) {
			List<List<@Nullable Object>> next = new ArrayList<>();
			for (List<@Nullable Object> prefix : combinations) {
				for (Object value : domain) {
					List<@Nullable Object> combination = new ArrayList<>(prefix);
					combination.add(value);
					next.add(combination);
				}
			}
			combinations = next;
		}
		return combinations;
	}

}
