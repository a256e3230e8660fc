package org.spmawards.domain.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.spmawards.domain.region.RegionCode;

/**
 * Standard competition ranking ("1224"): the highest value ranks 1, equal values share a
 * rank, and the rank after a tie skips as many places as were shared. Entries that share
 * a rank are listed by region code.
 */
public final class CompetitionRanking {

	private CompetitionRanking() {
	}

	/**
	 * Ranks entries by value, highest first.
	 * @param <T> the entry type
	 * @param entries the entries of one ranking category
	 * @param value an entry's value, compared as given (pass rounded values)
	 * @param region an entry's region, for the order of ties
	 * @return the entries with their ranks, in rank order
	 */
	public static <T> List<Ranked<T>> rank(List<T> entries, Function<T, BigDecimal> value,
			Function<T, RegionCode> region) {
		List<T> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(value, Comparator.reverseOrder()).thenComparing(region));
		List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			boolean tied = i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) == 0;
			int rank = tied ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Ranked<>(rank, sorted.get(i)));
		}
		return ranked;
	}

	/**
	 * An entry with its rank.
	 *
	 * @param <T> the entry type
	 * @param rank the rank, from 1
	 * @param entry the entry
	 */
	public record Ranked<T>(int rank, T entry) {

	}

}
