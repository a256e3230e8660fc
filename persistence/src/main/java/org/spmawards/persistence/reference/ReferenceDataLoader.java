package org.spmawards.persistence.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.achievement.AchievementScale;
import org.spmawards.domain.average.NationalAverage;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.award.MentionKind;
import org.spmawards.domain.award.Zone;
import org.spmawards.domain.index.IndexStatus;
import org.spmawards.domain.index.PublishedIndexValue;
import org.spmawards.domain.index.Score;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.ranking.PublishedRank;
import org.spmawards.domain.region.GeoPoint;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.Population;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;

import static org.spmawards.persistence.reference.CuratedCsv.optional;
import static org.spmawards.persistence.reference.CuratedCsv.required;

/**
 * Loads the curated reference data shipped in {@code data/} into an empty schema:
 * regions, SPM fields, service types, achievement levels, award editions, results,
 * mentions, published index values and national averages. Every row passes through the
 * domain records, so a row that breaks a rule stops the load with its file and line.
 * Inserts skip rows that are already there, so loading twice never duplicates a row.
 */
public final class ReferenceDataLoader {

	static final List<String> FILES = List.of("data/spm/fields.csv", "data/spm/service_types.csv",
			"data/spm/achievement_levels.csv", "data/regions/provinces.csv", "data/regions/regencies.csv",
			"data/regions/region_attributes.csv", "data/spm/editions.csv", "data/spm/award_results.csv",
			"data/spm/nominees_and_ranks.csv", "data/spm/index_values.csv", "data/spm/national_averages.csv");

	private final Connection connection;

	/**
	 * Creates a loader that writes through the given connection; the caller owns the
	 * transaction.
	 * @param connection the JDBC connection
	 */
	public ReferenceDataLoader(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Returns a checksum over every data file, so that a changed file shows as a changed
	 * migration instead of being silently ignored.
	 * @return the CRC32 of the files' bytes
	 */
	public static int checksum() {
		CRC32 crc = new CRC32();
		for (String file : FILES) {
			try (InputStream stream = CuratedCsv.open(file)) {
				crc.update(stream.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return (int) crc.getValue();
	}

	/**
	 * Loads every file.
	 * @throws SQLException if the database rejects a row
	 */
	public void load() throws SQLException {
		loadSectors();
		loadServiceTypes();
		loadAchievementLevels();
		loadRegions();
		loadEditions();
		loadAwardResults();
		loadMentions();
		loadIndexValues();
		loadNationalAverages();
	}

	private void loadSectors() throws SQLException {
		List<Sector> sectors = CuratedCsv.read("data/spm/fields.csv",
				(row) -> new Sector(SectorCode.valueOf(required(row, "code")), required(row, "name_id"),
						required(row, "short_id"), required(row, "name_en")));
		insert("insert into sector (code, ordinal, name_id, short_name_id, name_en) values (?, ?, ?, ?, ?)"
				+ " on conflict do nothing", sectors, (sector, statement) -> {
					statement.setString(1, sector.code().name());
					statement.setInt(2, sector.code().ordinal() + 1);
					statement.setString(3, sector.nameIndonesian());
					statement.setString(4, sector.shortNameIndonesian());
					statement.setString(5, sector.name());
				});
	}

	private void loadServiceTypes() throws SQLException {
		List<ServiceType> types = CuratedCsv.read("data/spm/service_types.csv",
				(row) -> new ServiceType(required(row, "code"), SectorCode.valueOf(required(row, "field")),
						GovernmentLevel.valueOf(required(row, "level")), Integer.parseInt(required(row, "ordinal")),
						required(row, "name_id"), required(row, "name_en"), required(row, "recipients_en"),
						Verification.fromCuratedCode(required(row, "verification"))));
		insert("insert into service_type (code, sector_code, level, ordinal, name_id, name_en, recipients_en,"
				+ " verification) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", types, (type, statement) -> {
					statement.setString(1, type.code());
					statement.setString(2, type.sector().name());
					statement.setString(3, type.level().name());
					statement.setInt(4, type.ordinal());
					statement.setString(5, type.nameIndonesian());
					statement.setString(6, type.name());
					statement.setString(7, type.recipients());
					statement.setString(8, type.verification().name());
				});
	}

	private void loadAchievementLevels() throws SQLException {
		// The verification column reads like "V name; cut-off provisional".
		record CuratedLevel(AchievementLevel level, Verification nameVerification, boolean cutOffProvisional) {
		}
		List<CuratedLevel> levels = CuratedCsv.read("data/spm/achievement_levels.csv", (row) -> {
			String verification = required(row, "verification");
			String nameCode = verification.split("\\s+", 2)[0];
			AchievementLevel level = new AchievementLevel(required(row, "code"), required(row, "name_id"),
					new BigDecimal(required(row, "min_inclusive")), decimal(optional(row, "max_exclusive")));
			return new CuratedLevel(level, Verification.fromCuratedCode(nameCode),
					verification.contains("cut-off provisional"));
		});
		new AchievementScale(levels.stream().map(CuratedLevel::level).toList());
		insert("insert into achievement_level (code, name_id, min_inclusive, max_exclusive, name_verification,"
				+ " cut_off_provisional) values (?, ?, ?, ?, ?, ?) on conflict do nothing", levels,
				(curated, statement) -> {
					statement.setString(1, curated.level().code());
					statement.setString(2, curated.level().name());
					statement.setBigDecimal(3, curated.level().minInclusive());
					statement.setBigDecimal(4, curated.level().maxExclusive());
					statement.setString(5, curated.nameVerification().name());
					statement.setBoolean(6, curated.cutOffProvisional());
				});
	}

	private void loadRegions() throws SQLException {
		Map<RegionCode, String> names = new LinkedHashMap<>();
		CuratedCsv.read("data/regions/provinces.csv", (row) -> {
			RegionCode code = RegionCode.of(required(row, "code"));
			if (!code.isProvince()) {
				throw new IllegalArgumentException(code + " is not a province code");
			}
			return Map.entry(code, required(row, "name"));
		}).forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		CuratedCsv.read("data/regions/regencies.csv", (row) -> {
			RegionCode code = RegionCode.of(required(row, "code"));
			RegionLevel level = "KOTA".equals(required(row, "type")) ? RegionLevel.CITY : RegionLevel.REGENCY;
			if (code.isProvince() || code.level() != level
					|| !code.province().value().equals(required(row, "province_code"))) {
				throw new IllegalArgumentException(code + " does not match its type or province");
			}
			return Map.entry(code, required(row, "name"));
		}).forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		List<Region> regions = CuratedCsv.read("data/regions/region_attributes.csv", (row) -> {
			RegionCode code = RegionCode.of(required(row, "code"));
			String name = names.get(code);
			if (name == null) {
				throw new IllegalArgumentException(code + " is in no list of provinces or regencies");
			}
			String total = optional(row, "population_total");
			Population population = (total != null)
					? new Population(Long.parseLong(total), Long.parseLong(required(row, "population_male")),
							Long.parseLong(required(row, "population_female")))
					: null;
			String latitude = optional(row, "centroid_lat");
			GeoPoint centroid = (latitude != null)
					? new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(required(row, "centroid_lng")))
					: null;
			return new Region(code, name, population, decimal(optional(row, "area_km2")), centroid);
		});
		if (regions.size() != names.size()) {
			throw new IllegalStateException(
					"region_attributes.csv has " + regions.size() + " rows for " + names.size() + " regions");
		}
		// Provinces first, for the foreign key from their regencies.
		List<Region> ordered = new ArrayList<>(regions);
		ordered.sort((a, b) -> Boolean.compare(!a.code().isProvince(), !b.code().isProvince()));
		insert("insert into region (code, name, level, province_code, autonomous, population_total, population_male,"
				+ " population_female, area_km2, centroid_lat, centroid_lng)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", ordered, (region, statement) -> {
					statement.setString(1, region.code().value());
					statement.setString(2, region.name());
					statement.setString(3, region.level().name());
					statement.setString(4, (region.provinceCode() != null) ? region.provinceCode().value() : null);
					statement.setBoolean(5, region.autonomous());
					Population population = region.population();
					setLong(statement, 6, (population != null) ? population.total() : null);
					setLong(statement, 7, (population != null) ? population.male() : null);
					setLong(statement, 8, (population != null) ? population.female() : null);
					statement.setBigDecimal(9, region.areaKm2());
					GeoPoint centroid = region.centroid();
					setDouble(statement, 10, (centroid != null) ? centroid.latitude() : null);
					setDouble(statement, 11, (centroid != null) ? centroid.longitude() : null);
				});
	}

	private void loadEditions() throws SQLException {
		List<AwardEdition> editions = CuratedCsv.read("data/spm/editions.csv",
				(row) -> new AwardEdition(Integer.parseInt(required(row, "year")), required(row, "title"),
						LocalDate.parse(required(row, "held_on")), required(row, "venue"),
						required(row, "presented_by"), Integer.parseInt(required(row, "fiscal_year_assessed")),
						optional(row, "format"),
						Provenance.curated(required(row, "verification"), required(row, "sources"), null)));
		insert("insert into award_edition (year, title, held_on, venue, presented_by, fiscal_year, format,"
				+ " verification, sources, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
				editions, (edition, statement) -> {
					statement.setInt(1, edition.year());
					statement.setString(2, edition.title());
					statement.setDate(3, Date.valueOf(edition.heldOn()));
					statement.setString(4, edition.venue());
					statement.setString(5, edition.presentedBy());
					statement.setInt(6, edition.fiscalYear());
					statement.setString(7, edition.format());
					setProvenance(statement, 8, edition.provenance());
				});
	}

	private void loadAwardResults() throws SQLException {
		List<AwardResult> results = CuratedCsv.read("data/spm/award_results.csv", (row) -> {
			String zone = optional(row, "zone");
			String place = optional(row, "place");
			String score = optional(row, "score");
			return new AwardResult(Integer.parseInt(required(row, "edition_year")),
					AwardCategory.valueOf(required(row, "category")), (zone != null) ? Zone.valueOf(zone) : null,
					(place != null) ? Integer.valueOf(place) : null, RegionCode.of(required(row, "region_code")),
					(score != null) ? Score.of(score) : null, provenance(row));
		});
		insert("insert into award_result (id, edition_year, category, zone, place, region_code, score, verification,"
				+ " sources, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", results,
				(result, statement) -> {
					statement.setString(1, result.id());
					statement.setInt(2, result.editionYear());
					statement.setString(3, result.category().name());
					statement.setString(4, (result.zone() != null) ? result.zone().name() : null);
					setInt(statement, 5, result.place());
					statement.setString(6, result.region().value());
					statement.setBigDecimal(7, (result.score() != null) ? result.score().value() : null);
					setProvenance(statement, 8, result.provenance());
				});
	}

	private void loadMentions() throws SQLException {
		List<AwardMention> mentions = CuratedCsv.read("data/spm/nominees_and_ranks.csv", (row) -> {
			String rank = optional(row, "rank");
			return new AwardMention(Integer.parseInt(required(row, "edition_year")),
					AwardCategory.valueOf(required(row, "category")), MentionKind.valueOf(required(row, "kind")),
					// migration 6 records the scope of each rank
					(rank != null) ? Integer.valueOf(rank) : null, null, RegionCode.of(required(row, "region_code")),
					provenance(row));
		});
		insert("insert into award_mention (edition_year, category, kind, rank, region_code, verification, sources,"
				+ " note) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", mentions, (mention, statement) -> {
					statement.setInt(1, mention.editionYear());
					statement.setString(2, mention.category().name());
					statement.setString(3, mention.kind().name());
					setInt(statement, 4, mention.rank());
					statement.setString(5, mention.region().value());
					setProvenance(statement, 6, mention.provenance());
				});
	}

	private void loadIndexValues() throws SQLException {
		List<PublishedIndexValue> values = CuratedCsv.read("data/spm/index_values.csv", (row) -> {
			String sector = optional(row, "field");
			String rank = optional(row, "national_rank");
			return new PublishedIndexValue(Integer.parseInt(required(row, "fiscal_year")),
					RegionCode.of(required(row, "region_code")), (sector != null) ? SectorCode.valueOf(sector) : null,
					Score.of(required(row, "value")), IndexStatus.FINAL,
					(rank != null) ? PublishedRank.national(Integer.parseInt(rank)) : null,
					optional(row, "achievement_level"), provenance(row));
		});
		// the schema of migration 1: migration 6 adds each value's status and rank scope
		insert("insert into published_index_value (fiscal_year, region_code, sector_code, value, national_rank,"
				+ " achievement_level, verification, sources, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
				+ " on conflict do nothing", values, (value, statement) -> {
					statement.setInt(1, value.fiscalYear());
					statement.setString(2, value.region().value());
					statement.setString(3, (value.sector() != null) ? value.sector().name() : null);
					statement.setBigDecimal(4, value.value().value());
					setInt(statement, 5, (value.publishedRank() != null) ? value.publishedRank().rank() : null);
					statement.setString(6, value.achievementLevel());
					setProvenance(statement, 7, value.provenance());
				});
	}

	private void loadNationalAverages() throws SQLException {
		List<NationalAverage> averages = CuratedCsv.read("data/spm/national_averages.csv",
				(row) -> new NationalAverage(Integer.parseInt(required(row, "fiscal_year")),
						governmentLevel(required(row, "scope")), Score.of(required(row, "value")),
						optional(row, "achievement_level"), provenance(row)));
		insert("insert into national_average (fiscal_year, scope, value, achievement_level, verification, sources,"
				+ " note) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", averages, (average, statement) -> {
					statement.setInt(1, average.fiscalYear());
					statement.setString(2,
							(average.governmentLevel() != null) ? average.governmentLevel().name() : ALL_REGIONS);
					statement.setBigDecimal(3, average.value().value());
					statement.setString(4, average.achievementLevel());
					setProvenance(statement, 5, average.provenance());
				});
	}

	/** The curated files' scope of a mean over every province, regency and city. */
	private static final String ALL_REGIONS = "ALL";

	private static @Nullable GovernmentLevel governmentLevel(String scope) {
		return ALL_REGIONS.equals(scope) ? null : GovernmentLevel.valueOf(scope);
	}

	private static Provenance provenance(CSVRecord row) {
		return Provenance.curated(required(row, "verification"), required(row, "sources"), optional(row, "note"));
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	/** Sets verification, sources and note at three consecutive parameters. */
	private void setProvenance(PreparedStatement statement, int index, Provenance provenance) throws SQLException {
		statement.setString(index, provenance.verification().name());
		statement.setArray(index + 1, this.connection.createArrayOf("text",
				provenance.sources().stream().map(URI::toString).toArray(String[]::new)));
		statement.setString(index + 2, provenance.note());
	}

	private static void setInt(PreparedStatement statement, int index, @Nullable Integer value) throws SQLException {
		if (value != null) {
			statement.setInt(index, value);
		}
		else {
			statement.setNull(index, Types.INTEGER);
		}
	}

	private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
		if (value != null) {
			statement.setLong(index, value);
		}
		else {
			statement.setNull(index, Types.BIGINT);
		}
	}

	private static void setDouble(PreparedStatement statement, int index, @Nullable Double value) throws SQLException {
		if (value != null) {
			statement.setDouble(index, value);
		}
		else {
			statement.setNull(index, Types.DOUBLE);
		}
	}

	private <T> void insert(String sql, List<T> rows, Binder<T> binder) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (T row : rows) {
				binder.bind(row, statement);
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	@FunctionalInterface
	private interface Binder<T> {

		void bind(T row, PreparedStatement statement) throws SQLException;

	}

}
