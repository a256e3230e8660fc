package org.spmawards.persistence.region;

import java.math.BigDecimal;

import io.r2dbc.spi.Readable;
import org.spmawards.domain.region.GeoPoint;
import org.spmawards.domain.region.Population;
import org.spmawards.domain.region.Region;
import org.spmawards.persistence.support.Page;
import org.spmawards.persistence.support.Paging;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads provinces, regencies and cities a page at a time; single regions are served from
 * {@link org.spmawards.persistence.reference.ReferenceData}.
 */
@Repository
public class RegionRepository {

	private static final String COLUMNS = "code, name, population_total, population_male, population_female,"
			+ " area_km2, centroid_lat, centroid_lng";

	private static final String FILTER = " where (cast(:level as text) is null or level = :level)"
			+ " and (cast(:province as text) is null or province_code = :province)";

	private final DatabaseClient database;

	public RegionRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists regions in code order, one page at a time, counting the whole list in the
	 * same statement.
	 * @param filter which regions to list
	 * @param offset how many regions to skip
	 * @param limit how many regions to return at most
	 * @return the page
	 */
	public Mono<Page<Region>> findPage(RegionFilter filter, long offset, int limit) {
		String sql = "select " + COLUMNS + ", count(*) over () as " + Paging.TOTAL_COUNT + " from region" + FILTER
				+ " order by code limit :limit offset :offset";
		return Paging.page(bindFilter(this.database.sql(sql), filter).bind("limit", limit).bind("offset", offset),
				RegionRepository::region, offset, () -> count(filter));
	}

	/**
	 * Counts regions.
	 * @param filter which regions to count
	 * @return how many regions match
	 */
	public Mono<Long> count(RegionFilter filter) {
		return bindFilter(this.database.sql("select count(*) from region" + FILTER), filter)
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private static DatabaseClient.GenericExecuteSpec bindFilter(DatabaseClient.GenericExecuteSpec spec,
			RegionFilter filter) {
		return spec
			.bind("level", Parameter.fromOrEmpty((filter.level() != null) ? filter.level().name() : null, String.class))
			.bind("province", Parameter.fromOrEmpty((filter.province() != null) ? filter.province().value() : null,
					String.class));
	}

	static Region region(Readable row) {
		Long total = row.get("population_total", Long.class);
		Population population = (total != null) ? new Population(total, row.get("population_male", Long.class),
				row.get("population_female", Long.class)) : null;
		Double latitude = row.get("centroid_lat", Double.class);
		Double longitude = row.get("centroid_lng", Double.class);
		GeoPoint centroid = (latitude != null && longitude != null) ? new GeoPoint(latitude, longitude) : null;
		return new Region(Rows.regionCode(row, "code"), Rows.string(row, "name"), population,
				row.get("area_km2", BigDecimal.class), centroid);
	}

}
