package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.SectorCode;

/**
 * Computes the SPM index values of one fiscal year for every region: sector and overall
 * indexes from the service achievements, published values in their place where there are
 * any, achievement levels from the cut-offs, and ranks within each category.
 */
public final class IndexComputation {

	private final Methodology methodology;

	private final IndexCalculator calculator;

	private final Map<String, SectorCode> sectorOfServiceType;

	/**
	 * Creates a computation.
	 * @param methodology the weights and cut-offs of the fiscal year
	 * @param sectorOfServiceType the field of every service type, by code
	 */
	public IndexComputation(Methodology methodology, Map<String, SectorCode> sectorOfServiceType) {
		this.methodology = methodology;
		this.calculator = new IndexCalculator(methodology);
		this.sectorOfServiceType = Map.copyOf(sectorOfServiceType);
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
				candidates.put(new Key(value.region(), value.sector()), Candidate.published(value, this.methodology));
			}
		}
		return rank(fiscalYear, candidates);
	}

	private void computeRegion(RegionCode region, List<ServiceAchievement> reported, Map<Key, Candidate> candidates) {
		Map<SectorCode, List<ServiceAchievement>> bySector = new TreeMap<>();
		for (ServiceAchievement achievement : reported) {
			SectorCode sector = this.sectorOfServiceType.get(achievement.serviceType());
			if (sector == null) {
				throw new IllegalArgumentException("Unknown service type " + achievement.serviceType());
			}
			bySector.computeIfAbsent(sector, (key) -> new ArrayList<>()).add(achievement);
		}
		List<BigDecimal> sectorIndexes = new ArrayList<>();
		List<ServiceAchievement> used = new ArrayList<>();
		bySector.forEach((sector, inSector) -> {
			List<ServiceAchievement> applicable = new ArrayList<>();
			List<BigDecimal> values = new ArrayList<>();
			for (ServiceAchievement achievement : inSector) {
				this.calculator.serviceAchievement(achievement).ifPresent((value) -> {
					values.add(value);
					applicable.add(achievement);
				});
			}
			IndexCalculator.mean(values).ifPresent((index) -> {
				sectorIndexes.add(index);
				used.addAll(applicable);
				candidates.put(new Key(region, sector), computed(index, applicable));
			});
		});
		IndexCalculator.mean(sectorIndexes)
			.ifPresent((overall) -> candidates.put(new Key(region, null), computed(overall, used)));
	}

	private Candidate computed(BigDecimal exact, List<ServiceAchievement> inputs) {
		BigDecimal shown = IndexCalculator.shown(exact);
		boolean synthetic = inputs.stream()
			.anyMatch((input) -> input.provenance().verification() == Verification.SYNTHETIC);
		LinkedHashSet<URI> sources = new LinkedHashSet<>();
		inputs.forEach((input) -> sources.addAll(input.provenance().sources()));
		String note = "Computed by this service from " + inputs.size() + " service achievements with methodology "
				+ this.methodology.code() + (this.methodology.provisional() ? " (provisional)" : "");
		Provenance provenance = new Provenance(synthetic ? Verification.SYNTHETIC : Verification.COMPUTED,
				List.copyOf(sources), note);
		return new Candidate(shown, this.methodology.scale().levelOf(shown).code(), null, IndexOrigin.COMPUTED,
				provenance);
	}

	private static List<IndexValue> rank(int fiscalYear, Map<Key, Candidate> candidates) {
		Map<Group, List<Map.Entry<Key, Candidate>>> groups = candidates.entrySet()
			.stream()
			.collect(Collectors.groupingBy(
					(entry) -> new Group(entry.getKey().region().level(), entry.getKey().sector()), TreeMap::new,
					Collectors.toList()));
		List<IndexValue> values = new ArrayList<>(candidates.size());
		groups.forEach((group, entries) -> {
			for (CompetitionRanking.Ranked<Map.Entry<Key, Candidate>> ranked : CompetitionRanking.rank(entries,
					(entry) -> entry.getValue().value(), (entry) -> entry.getKey().region())) {
				Key key = ranked.entry().getKey();
				Candidate candidate = ranked.entry().getValue();
				values.add(new IndexValue(fiscalYear, key.region(), key.sector(), new Score(candidate.value()),
						candidate.achievementLevel(), ranked.rank(), candidate.publishedRank(), candidate.origin(),
						candidate.provenance()));
			}
		});
		return values;
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

	private record Candidate(BigDecimal value, @Nullable String achievementLevel, @Nullable Integer publishedRank,
			IndexOrigin origin, Provenance provenance) {

		static Candidate published(PublishedIndexValue value, Methodology methodology) {
			String level = Optional.ofNullable(value.achievementLevel())
				.orElseGet(() -> methodology.scale().levelOf(value.value().value()).code());
			return new Candidate(Objects.requireNonNull(value.value().value()), level, value.nationalRank(),
					IndexOrigin.PUBLISHED, value.provenance());
		}

	}

}
