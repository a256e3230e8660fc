package org.spmawards.persistence.test;

import java.util.Comparator;

import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * A full year of achievement rows for the imports' fault and speed tests: every
 * autonomous region with every service type its government level owes. The numbers are
 * made up and live only in a throw-away test database.
 */
public final class FullYear {

	/** The header row of an achievements file. */
	public static final String HEADER = "region_code,service_type,target,served,quality_pct\n";

	private FullYear() {
	}

	/**
	 * Returns the file of a full year.
	 * @param reference the reference data
	 * @param variant varies the served counts, so that two variants differ in every row
	 * @return the file, header first
	 */
	public static String file(ReferenceData reference, int variant) {
		StringBuilder file = new StringBuilder(HEADER);
		int row = 0;
		for (Region region : reference.regions()
			.values()
			.stream()
			.filter(Region::autonomous)
			.sorted(Comparator.comparing((Region each) -> each.code().toString()))
			.toList()) {
			for (ServiceType type : reference.serviceTypes()) {
				if (type.level() == region.governmentLevel()) {
					long target = 1000 + (row * 37L) % 9000;
					long served = target - (row + variant) % 500;
					file.append(region.code())
						.append(',')
						.append(type.code())
						.append(',')
						.append(target)
						.append(',')
						.append(served)
						.append(',')
						.append(50 + (row + variant) % 50)
						.append('\n');
					row++;
				}
			}
		}
		return file.toString();
	}

}
