package org.spmawards.api.achievement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.identity.GlobalId;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.provenance.Origin;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.Sector;

/**
 * One field of one region in one fiscal year, as the schema's {@code SectorDetail} shows
 * it.
 *
 * @param region the region
 * @param sector the field
 * @param fiscalYear the fiscal year
 * @param indexValue the field's index, or {@code null} if none is held
 * @param services every service type of the field at the region's level
 */
public record SectorDetail(Region region, Sector sector, int fiscalYear, @Nullable IndexValue indexValue,
		List<ServiceAchievementView> services) {

	/**
	 * Returns the detail's ID for caches: its region, field and fiscal year.
	 * @return the opaque ID
	 */
	public String id() {
		return new GlobalId("SectorDetail",
				this.region.code().value() + ":" + this.sector.code().name() + ":" + this.fiscalYear)
			.encoded();
	}

	public @Nullable BigDecimal index() {
		return (this.indexValue != null) ? this.indexValue.value().value() : null;
	}

	public @Nullable Integer rank() {
		return (this.indexValue != null) ? this.indexValue.rank() : null;
	}

	public @Nullable Origin origin() {
		return (this.indexValue != null) ? this.indexValue.origin() : null;
	}

	public @Nullable Provenance provenance() {
		return (this.indexValue != null) ? this.indexValue.provenance() : null;
	}

}
