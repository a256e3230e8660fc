package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.CompetitionRanking;
import org.spmawards.domain.ranking.IndexRanks;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

/**
 * Computes the SPM index values of one fiscal year for every region: sector and overall
 * indexes from the service achievements, published values in their place where there are
 * any, achievement levels from the cut-offs, and ranks within each category.
 * <p>
 * A ranking holds the final values of a category that are published, or computed from at
 * least the minimum share of the services owed; what its ranks mean follows
 * {@link RankKind#of}. A second ranking adds the preliminary values.
 */
public final class IndexComputation {

	private final Methodology methodology;

	private final IndexCalculator calculator;

	private final Map<String, ServiceType> serviceTypes;

	private final Map<RegionLevel, Long> regionsPerLevel;

	private final BigDecimal minimumCompleteness;

	/**
	 * Creates a computation.
	 * @param methodology the weights and cut-offs of the fiscal year
	 * @param serviceTypes every service type
	 * @param regionsPerLevel how many regions each level has: a ranking with that many
	 * values is complete
	 * @param minimumCompleteness the least share (0 to 1) of the services owed a computed
	 * value must be computed from to be ranked
	 */
	public IndexComputation(Methodology methodology, Collection<ServiceType> serviceTypes,
			Map<RegionLevel, Long> regionsPerLevel, BigDecimal minimumCompleteness) {
		if (minimumCompleteness.signum() < 0 || minimumCompleteness.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"The minimum completeness is a share from 0 to 1, not " + minimumCompleteness.toPlainString());
		}
		this.methodology = methodology;
		this.calculator = new IndexCalculator(methodology);
		this.serviceTypes = serviceTypes.stream()
			.collect(Collectors.toMap(ServiceType::code, (type) -> type, (a, b) -> a, LinkedHashMap::new));
		this.regionsPerLevel = new EnumMap<>(regionsPerLevel);
		this.minimumCompleteness = minimumCompleteness;
	}

	/**
	 * Computes one fiscal year.
	 * @param fiscalYear the fiscal year
	 * @param achievements the service achievements reported for that year
	 * @param published the index values published for that year
	 * @return every index value held for the year, ranked, by category, field and rank
	 */
	public List<IndexValue> compute(int fiscalYear, Collection<ServiceAchievement> achievements,
			Collection<PublishedIndexValue> published) {
		Map<Key, Candidate> candidates = new LinkedHashMap<>();
		achievements.stream()
			.filter((achievement) -> achievement.fiscalYear() == fiscalYear)
			.collect(Collectors.groupingBy(ServiceAchievement::region, TreeMap::new, Collectors.toList()))
			.forEach((region, reported) -> computeRegion(region, reported, candidates));
		for (PublishedIndexValue value : published) {
			if (value.fiscalYear() == fiscalYear) {
				candidates.put(new Key(value.region(), value.sector()), published(value));
			}
		}
		return rank(fiscalYear, candidates);
	}

	private void computeRegion(RegionCode region, List<ServiceAchievement> reported, Map<Key, Candidate> candidates) {
		GovernmentLevel level = GovernmentLevel.of(region.level());
		Map<SectorCode, List<ServiceAchievement>> bySector = new TreeMap<>();
		for (ServiceAchievement achievement : reported) {
			ServiceType type = this.serviceTypes.get(achievement.serviceType());
			if (type == null) {
				throw new IllegalArgumentException("Unknown service type " + achievement.serviceType());
			}
			bySector.computeIfAbsent(type.sector(), (key) -> new ArrayList<>()).add(achievement);
		}
		Map<SectorCode, Integer> owedBySector = new EnumMap<>(SectorCode.class);
		this.serviceTypes.values()
			.stream()
			.filter((type) -> type.level() == level)
			.forEach((type) -> owedBySector.merge(type.sector(), 1, Integer::sum));
		List<BigDecimal> sectorIndexes = new ArrayList<>();
		List<ServiceAchievement> used = new ArrayList<>();
		int notApplicable = 0;
		for (Map.Entry<SectorCode, List<ServiceAchievement>> sector : bySector.entrySet()) {
			List<ServiceAchievement> applicable = new ArrayList<>();
			List<BigDecimal> values = new ArrayList<>();
			int sectorNotApplicable = 0;
			for (ServiceAchievement achievement : sector.getValue()) {
				if (!achievement.applicable()) {
					sectorNotApplicable++;
				}
				this.calculator.serviceAchievement(achievement).ifPresent((value) -> {
					values.add(value);
					applicable.add(achievement);
				});
			}
			notApplicable += sectorNotApplicable;
			int owed = owedBySector.getOrDefault(sector.getKey(), 0) - sectorNotApplicable;
			if (!values.isEmpty()) {
				BigDecimal index = IndexCalculator.mean(values).orElseThrow();
				sectorIndexes.add(index);
				used.addAll(applicable);
				candidates.put(new Key(region, sector.getKey()),
						computed(index, applicable, new Completeness(applicable.size(), owed)));
			}
		}
		if (!sectorIndexes.isEmpty()) {
			int owed = owedBySector.values().stream().mapToInt(Integer::intValue).sum() - notApplicable;
			candidates.put(new Key(region, null), computed(IndexCalculator.mean(sectorIndexes).orElseThrow(), used,
					new Completeness(used.size(), owed)));
		}
	}

	private Candidate computed(BigDecimal exact, List<ServiceAchievement> inputs, Completeness completeness) {
		BigDecimal shown = IndexCalculator.shown(exact);
		boolean synthetic = inputs.stream()
			.anyMatch((input) -> input.provenance().verification() == Verification.SYNTHETIC);
		LinkedHashSet<URI> sources = new LinkedHashSet<>();
		inputs.forEach((input) -> sources.addAll(input.provenance().sources()));
		String note = "Computed by this service from " + completeness.servicesUsed() + " of the "
				+ completeness.servicesOwed() + " service achievements the region owes, with methodology "
				+ this.methodology.code() + (this.methodology.provisional() ? " (provisional)" : "");
		Provenance provenance = new Provenance(synthetic ? Verification.SYNTHETIC : Verification.COMPUTED,
				List.copyOf(sources), note);
		return new Candidate(shown, IndexStatus.FINAL, this.methodology.scale().levelOf(shown).code(), Origin.COMPUTED,
				completeness, null, Origin.COMPUTED, provenance);
	}

	private Candidate published(PublishedIndexValue value) {
		BigDecimal shown = value.value().value();
		boolean levelPublished = value.achievementLevel() != null;
		String level = levelPublished ? value.achievementLevel() : this.methodology.scale().levelOf(shown).code();
		return new Candidate(shown, value.status(), level, levelPublished ? Origin.PUBLISHED : Origin.COMPUTED, null,
				value.publishedRank(), Origin.PUBLISHED, value.provenance());
	}

	private List<IndexValue> rank(int fiscalYear, Map<Key, Candidate> candidates) {
		Map<Group, List<Map.Entry<Key, Candidate>>> groups = candidates.entrySet()
			.stream()
			.collect(Collectors.groupingBy(
					(entry) -> new Group(entry.getKey().region().level(), entry.getKey().sector()), TreeMap::new,
					Collectors.toList()));
		List<IndexValue> values = new ArrayList<>(candidates.size());
		groups.forEach((group, entries) -> {
			Map<Key, Integer> finalRanks = ranks(entries, (candidate) -> candidate.status() == IndexStatus.FINAL);
			Map<Key, Integer> withPreliminary = ranks(entries, (candidate) -> true);
			// a level whose regions are not counted is never complete
			RankKind kind = kind(entries, finalRanks, this.regionsPerLevel.getOrDefault(group.level(), Long.MAX_VALUE));
			List<IndexValue> groupValues = new ArrayList<>(entries.size());
			for (Map.Entry<Key, Candidate> entry : entries) {
				Key key = entry.getKey();
				Candidate candidate = entry.getValue();
				Integer rank = finalRanks.get(key);
				IndexRanks ranks = new IndexRanks(rank, (rank != null) ? kind : null, withPreliminary.get(key),
						candidate.publishedRank());
				groupValues.add(new IndexValue(fiscalYear, key.region(), key.sector(), new Score(candidate.value()),
						candidate.status(), candidate.achievementLevel(), candidate.achievementLevelOrigin(),
						candidate.completeness(), ranks, candidate.origin(), candidate.provenance()));
			}
			groupValues.sort(Comparator
				.comparing((IndexValue value) -> value.ranks().withPreliminary(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(IndexValue::value, Comparator.reverseOrder())
				.thenComparing(IndexValue::region));
			values.addAll(groupValues);
		});
		return values;
	}

	/** What the ranks of one ranking mean, by the rule of {@link RankKind#of}. */
	private static RankKind kind(List<Map.Entry<Key, Candidate>> entries, Map<Key, Integer> ranks, long regions) {
		long origins = entries.stream()
			.filter((entry) -> ranks.containsKey(entry.getKey()))
			.map((entry) -> entry.getValue().origin())
			.distinct()
			.count();
		long differing = entries.stream().filter((entry) -> {
			PublishedRank published = entry.getValue().publishedRank();
			Integer rank = ranks.get(entry.getKey());
			return rank != null && published != null && published.scope().national() && published.rank() != rank;
		}).count();
		return RankKind.of(ranks.size(), regions, origins, differing);
	}

	/** Ranks the entries that are rankable and pass the filter. */
	private Map<Key, Integer> ranks(List<Map.Entry<Key, Candidate>> entries, Predicate<Candidate> filter) {
		List<Map.Entry<Key, Candidate>> ranked = entries.stream()
			.filter((entry) -> rankable(entry.getValue()) && filter.test(entry.getValue()))
			.toList();
		Map<Key, Integer> ranks = new LinkedHashMap<>();
		for (CompetitionRanking.Ranked<Map.Entry<Key, Candidate>> entry : CompetitionRanking.rank(ranked,
				(candidate) -> candidate.getValue().value(), (candidate) -> candidate.getKey().region())) {
			ranks.put(entry.entry().getKey(), entry.rank());
		}
		return ranks;
	}

	/**
	 * A published value is always rankable; a computed one only when computed from enough
	 * of the services owed.
	 */
	private boolean rankable(Candidate candidate) {
		return candidate.completeness() == null || candidate.completeness().reaches(this.minimumCompleteness);
	}

	private record Key(RegionCode region, @Nullable SectorCode sector) {

	}

	/** A ranking category: one level and one field (or the overall index). */
	private record Group(RegionLevel level, @Nullable SectorCode sector) implements Comparable<Group> {

		private static final Comparator<Group> ORDER = Comparator.comparing(Group::level)
			.thenComparing(Group::sector, Comparator.nullsFirst(Comparator.naturalOrder()));

		@Override
		public int compareTo(Group other) {
			return ORDER.compare(this, other);
		}

	}

	private record Candidate(BigDecimal value, IndexStatus status, String achievementLevel,
			Origin achievementLevelOrigin, @Nullable Completeness completeness, @Nullable PublishedRank publishedRank,
			Origin origin, Provenance provenance) {

		Candidate {
			Objects.requireNonNull(value);
		}

	}

}
