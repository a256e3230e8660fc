package org.spmawards.domain.ranking;

import java.util.Objects;

/**
 * A rank as officially published, with the regions it ranks among.
 *
 * @param rank the rank, from 1
 * @param scope national, or within a named group
 */
public record PublishedRank(int rank, RankScope scope) {

	public PublishedRank {
		Objects.requireNonNull(scope, "scope");
		if (rank < 1) {
			throw new IllegalArgumentException("A published rank starts at 1, not " + rank);
		}
	}

	/**
	 * Returns a published national rank.
	 * @param rank the rank
	 * @return the published rank
	 */
	public static PublishedRank national(int rank) {
		return new PublishedRank(rank, RankScope.NATIONAL);
	}

}
