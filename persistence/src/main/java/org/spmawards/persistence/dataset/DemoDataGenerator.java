package org.spmawards.persistence.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spmawards.domain.index.ServiceAchievement;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.ServiceType;

/**
 * Makes up plausible service achievements for every region and every service type owed at
 * its level: targets in proportion to the region's population, a share served that
 * differs between regions and improves over the years, and a quality that follows it.
 * Every value is derived from the seed, the region, the service type and the year alone,
 * so the same settings always give the same data, in any order. Every value is labelled
 * SYNTHETIC.
 */
public final class DemoDataGenerator {

	private static final long DEFAULT_POPULATION = 250_000;

	private final long seed;

	private final Provenance provenance;

	/**
	 * Creates a generator.
	 * @param seed the seed every value is derived from
	 */
	public DemoDataGenerator(long seed) {
		this.seed = seed;
		this.provenance = Provenance.synthetic("Synthetic demo value (seed " + seed + "): not a fact");
	}

	/**
	 * Generates one fiscal year.
	 * @param fiscalYear the fiscal year
	 * @param regions every region
	 * @param serviceTypes every service type
	 * @return an achievement per region and service type owed at its level
	 */
	public List<ServiceAchievement> generate(int fiscalYear, List<Region> regions, List<ServiceType> serviceTypes) {
		List<ServiceAchievement> achievements = new ArrayList<>();
		for (Region region : regions) {
			GovernmentLevel level = GovernmentLevel.of(region.level());
			// how well the region performs this year: between about 0.6 and 1, better
			// each year
			SplittableRandom regional = random(region.code().value(), fiscalYear);
			double performance = clamp(0.78 + 0.1 * regional.nextGaussian() + 0.02 * (fiscalYear - 2022), 0.45, 1.0);
			long population = (region.population() != null) ? region.population().total() : DEFAULT_POPULATION;
			for (ServiceType type : serviceTypes) {
				if (type.level() == level) {
					achievements.add(achievement(region, type, fiscalYear, performance, population));
				}
			}
		}
		return achievements;
	}

	private ServiceAchievement achievement(Region region, ServiceType type, int fiscalYear, double performance,
			long population) {
		SplittableRandom random = random(region.code().value() + "/" + type.code(), fiscalYear);
		// the share of the population a service is owed to, fixed per service type
		double share = 0.002 + 0.08 * random(type.code(), 0).nextDouble();
		if (type.level() == GovernmentLevel.PROVINCE) {
			share /= 20;
		}
		// some services (disasters, outbreaks, relocations) have no one entitled in a
		// year
		boolean occasional = type.name().matches("(?i).*(disaster|outbreak|relocat|fire).*");
		long target = (occasional && random.nextDouble() < 0.2) ? 0
				: Math.max(1, Math.round(population * share * (0.9 + 0.2 * random.nextDouble())));
		double servedShare = clamp(performance + 0.08 * random.nextGaussian(), 0.2, 1.08);
		long served = (target == 0) ? 0 : Math.round(target * servedShare);
		double quality = clamp(100 * (performance + 0.06 * random.nextGaussian()), 30, 100);
		return new ServiceAchievement(region.code(), fiscalYear, type.code(), target, served,
				BigDecimal.valueOf(quality).setScale(2, RoundingMode.HALF_UP), this.provenance);
	}

	private SplittableRandom random(String key, int year) {
		long hash = this.seed;
		for (char c : (key + "#" + year).toCharArray()) {
			hash = 31 * hash + c;
		}
		return new SplittableRandom(mix(hash));
	}

	/** Spreads the bits of a hash (the finaliser of SplitMix64). */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

}
