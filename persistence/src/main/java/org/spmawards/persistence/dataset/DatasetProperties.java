package org.spmawards.persistence.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dataset the service runs on ({@code spm.dataset}) and the size of the demo dataset
 * ({@code spm.demo.*}).
 *
 * @param dataset {@code official} (default) or {@code demo}
 * @param demo the demo dataset's settings
 */
@ConfigurationProperties("spm")
public record DatasetProperties(@DefaultValue("official") String dataset, @DefaultValue Demo demo) {

	/**
	 * Returns the kind of dataset configured.
	 * @return the kind
	 */
	public DatasetKind kind() {
		return DatasetKind.valueOf(this.dataset.trim().toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * The size of the demo dataset.
	 *
	 * @param seed the seed every synthetic value is derived from
	 * @param lastYear the last fiscal year generated
	 * @param years how many fiscal years, ending with the last; 3 gives 2022-2024, more
	 * grow the data for benchmarks
	 */
	public record Demo(@DefaultValue("20251") long seed, @DefaultValue("2024") int lastYear,
			@DefaultValue("4") int years) {

		public Demo {
			if (years < 1) {
				throw new IllegalArgumentException("spm.demo.years must be at least 1, not " + years);
			}
		}

		/**
		 * Returns the first fiscal year generated.
		 * @return the year
		 */
		public int firstYear() {
			return this.lastYear - this.years + 1;
		}

	}

}
