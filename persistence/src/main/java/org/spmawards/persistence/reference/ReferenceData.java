package org.spmawards.persistence.reference;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.index.Methodology;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

/**
 * The reference data every response names: regions, SPM fields, service types,
 * achievement levels, award editions, their methodologies and their results (the
 * winners). It is written only by migrations, which run before the service starts (the
 * award results are curated facts, which no import touches), so one snapshot read at
 * start-up stays true while the service runs and needs no invalidation.
 *
 * @param regions every region, by code, in code order
 * @param sectors the six fields, in the regulation's order
 * @param serviceTypes the 43 service types, by field, province level first, then number
 * @param levels the achievement levels, highest first
 * @param editions the award editions, oldest first
 * @param methodologies the methodology of every edition, by edition year
 * @param awardResults the results of every edition, by year, category and place
 */
public record ReferenceData(Map<RegionCode, Region> regions, List<Sector> sectors, List<ServiceType> serviceTypes,
		List<AchievementLevel> levels, List<AwardEdition> editions, Map<Integer, Methodology> methodologies,
		List<AwardResult> awardResults) {

	public ReferenceData {
		regions = regions.values()
			.stream()
			.sorted(Comparator.comparing(Region::code))
			.collect(Collectors.toMap(Region::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		sectors = List.copyOf(sectors);
		serviceTypes = List.copyOf(serviceTypes);
		levels = List.copyOf(levels);
		editions = List.copyOf(editions);
		methodologies = Map.copyOf(methodologies);
		awardResults = List.copyOf(awardResults);
	}

	/**
	 * Finds a region.
	 * @param code its code
	 * @return the region, or empty if no region has the code
	 */
	public Optional<Region> region(RegionCode code) {
		return Optional.ofNullable(this.regions.get(code));
	}

	/**
	 * Lists the regencies and cities of a province.
	 * @param province the province's code
	 * @return its regencies and cities, in code order
	 */
	public List<Region> regionsOf(RegionCode province) {
		return this.regions.values().stream().filter((region) -> province.equals(region.provinceCode())).toList();
	}

	/**
	 * Counts the regions of each level.
	 * @return the counts
	 */
	public Map<RegionLevel, Long> regionCounts() {
		Map<RegionLevel, Long> counts = new EnumMap<>(RegionLevel.class);
		this.regions.values().forEach((region) -> counts.merge(region.level(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Finds a field.
	 * @param code the field
	 * @return the field
	 */
	public Sector sector(SectorCode code) {
		// a loop, not a stream: every field value of a response names its field
		for (Sector sector : this.sectors) {
			if (sector.code() == code) {
				return sector;
			}
		}
		throw new IllegalStateException("The reference data lacks the field " + code);
	}

	/**
	 * Lists the service types of a field, optionally of one level only.
	 * @param sector the field
	 * @param level the level, or {@code null} for both
	 * @return the service types, province level first, then by number
	 */
	public List<ServiceType> serviceTypes(SectorCode sector, @Nullable GovernmentLevel level) {
		return this.serviceTypes.stream()
			.filter((type) -> type.sector() == sector && (level == null || type.level() == level))
			.toList();
	}

	/**
	 * Finds a service type.
	 * @param code its code
	 * @return the service type, or empty if none has the code
	 */
	public Optional<ServiceType> serviceType(String code) {
		return this.serviceTypes.stream().filter((type) -> type.code().equals(code)).findFirst();
	}

	/**
	 * Finds an achievement level.
	 * @param code its code
	 * @return the level, or empty if none has the code
	 */
	public Optional<AchievementLevel> level(String code) {
		return this.levels.stream().filter((level) -> level.code().equals(code)).findFirst();
	}

	/**
	 * Finds an award edition.
	 * @param year the year of the ceremony
	 * @return the edition, or empty if there was none that year
	 */
	public Optional<AwardEdition> edition(int year) {
		return this.editions.stream().filter((edition) -> edition.year() == year).findFirst();
	}

	/**
	 * Lists award results, in the order of {@link #awardResults()}.
	 * @param category only this category, or {@code null} for all
	 * @param region only this region's results, or {@code null} for all regions
	 * @param fromYear the first edition year, or {@code null} for the earliest
	 * @param toYear the last edition year, or {@code null} for the latest
	 * @return the results
	 */
	public List<AwardResult> awardResults(@Nullable AwardCategory category, @Nullable RegionCode region,
			@Nullable Integer fromYear, @Nullable Integer toYear) {
		return this.awardResults.stream()
			.filter((result) -> (category == null || result.category() == category)
					&& (region == null || region.equals(result.region()))
					&& (fromYear == null || result.editionYear() >= fromYear)
					&& (toYear == null || result.editionYear() <= toYear))
			.toList();
	}

	/**
	 * Returns the methodology of an edition.
	 * @param year the edition's year
	 * @return the methodology
	 */
	public Methodology methodology(int year) {
		Methodology methodology = this.methodologies.get(year);
		if (methodology == null) {
			throw new IllegalStateException("The reference data has no methodology for edition " + year);
		}
		return methodology;
	}

}
