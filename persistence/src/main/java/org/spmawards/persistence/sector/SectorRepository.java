package org.spmawards.persistence.sector;

import java.util.Collection;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Reads the six SPM fields and their basic-service types.
 */
@Repository
public class SectorRepository {

	private final DatabaseClient database;

	public SectorRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists the six fields in the regulation's order.
	 * @return the fields
	 */
	public Flux<Sector> findAll() {
		return this.database.sql("select code, name_id, short_name_id, name_en from sector order by ordinal")
			.map((row) -> new Sector(SectorCode.valueOf(Rows.string(row, "code")), Rows.string(row, "name_id"),
					Rows.string(row, "short_name_id"), Rows.string(row, "name_en")))
			.all();
	}

	/**
	 * Lists the service types of many fields in one statement.
	 * @param sectors the fields
	 * @param level only service types of this level, or {@code null} for both levels
	 * @return the service types, by field, level and ordinal
	 */
	public Flux<ServiceType> findServiceTypes(Collection<SectorCode> sectors, @Nullable GovernmentLevel level) {
		return this.database
			.sql("select t.code, t.sector_code, t.level, t.ordinal, t.name_id, t.name_en, t.recipients_en,"
					+ " t.verification from service_type t join sector s on s.code = t.sector_code"
					+ " where t.sector_code = any(:sectors) and (cast(:level as text) is null or t.level = :level)"
					+ " order by s.ordinal, t.level = 'REGENCY_CITY', t.ordinal")
			.bind("sectors", sectors.stream().map(SectorCode::name).distinct().toArray(String[]::new))
			.bind("level", Parameter.fromOrEmpty((level != null) ? level.name() : null, String.class))
			.map(SectorRepository::serviceType)
			.all();
	}

	static ServiceType serviceType(Readable row) {
		return new ServiceType(Rows.string(row, "code"), SectorCode.valueOf(Rows.string(row, "sector_code")),
				GovernmentLevel.valueOf(Rows.string(row, "level")), Rows.integer(row, "ordinal"),
				Rows.string(row, "name_id"), Rows.string(row, "name_en"), Rows.string(row, "recipients_en"),
				Verification.valueOf(Rows.string(row, "verification")));
	}

}
