package org.spmawards.persistence.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.provenance.Verification;
import org.spmawards.domain.region.GovernmentLevel;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.persistence.index.IndexRefresher;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;

/**
 * Service achievements of one fiscal year that a test reports, written in one statement:
 * {@code SYNTHETIC} with the note "test data" and no sources unless the test says
 * otherwise.
 */
public final class Achievements {

	private static final String INSERT = "insert into service_achievement (fiscal_year, region_code,"
			+ " service_type_code, target, served, quality_pct, verification, sources, note) select :fiscalYear,";

	private static final String PROVENANCE = ":verification, cast(:sources as text[]), cast(:note as text)";

	private final int fiscalYear;

	private Verification verification = Verification.SYNTHETIC;

	private String[] sources = {};

	private @Nullable String note = "test data";

	private final List<String> regions = new ArrayList<>();

	private final List<String> serviceTypes = new ArrayList<>();

	private final List<@Nullable Long> targets = new ArrayList<>();

	private final List<@Nullable Long> served = new ArrayList<>();

	private final List<@Nullable BigDecimal> qualities = new ArrayList<>();

	private Achievements(int fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	/**
	 * Starts the achievements of a fiscal year.
	 * @param fiscalYear the fiscal year
	 * @return no achievements yet
	 */
	public static Achievements of(int fiscalYear) {
		return new Achievements(fiscalYear);
	}

	/**
	 * Sets the verification of every achievement.
	 * @param verification the verification
	 * @return these achievements
	 */
	public Achievements verification(Verification verification) {
		this.verification = verification;
		return this;
	}

	/**
	 * Sets the sources of every achievement.
	 * @param sources the sources' addresses
	 * @return these achievements
	 */
	public Achievements sources(String... sources) {
		this.sources = sources.clone();
		return this;
	}

	/**
	 * Sets the note of every achievement.
	 * @param note the note, or {@code null} for none
	 * @return these achievements
	 */
	public Achievements note(@Nullable String note) {
		this.note = note;
		return this;
	}

	/**
	 * Adds the achievement of one service in one region.
	 * @param region the region's code
	 * @param serviceType the service type's code
	 * @param target the citizens entitled, or {@code null} if unknown
	 * @param served the citizens served, or {@code null} if unknown
	 * @param quality the quality in percent, or {@code null} if unknown
	 * @return these achievements
	 */
	public Achievements report(String region, String serviceType, @Nullable Number target, @Nullable Number served,
			@Nullable Number quality) {
		this.regions.add(region);
		this.serviceTypes.add(serviceType);
		this.targets.add((target != null) ? target.longValue() : null);
		this.served.add((served != null) ? served.longValue() : null);
		this.qualities.add((quality != null) ? new BigDecimal(quality.toString()) : null);
		return this;
	}

	/**
	 * Inserts the reported achievements and recomputes the index values of their fiscal
	 * year, as an import does, waiting until both are done.
	 * @param database the test database
	 * @param refresher the service's index refresher
	 */
	public void insertAndRefresh(DatabaseClient database, IndexRefresher refresher) {
		insert(database).then(refresher.refresh(this.fiscalYear)).block();
	}

	/**
	 * Inserts the reported achievements.
	 * @param database the test database
	 * @return completes when they are written
	 */
	public Mono<Void> insert(DatabaseClient database) {
		return bindProvenance(database.sql(INSERT + " r, t, g, s, q, " + PROVENANCE
				+ " from unnest(cast(:regions as varchar[]), cast(:types as varchar[]), cast(:targets as bigint[]),"
				+ " cast(:served as bigint[]), cast(:qualities as numeric[])) as u(r, t, g, s, q)"))
			.bind("regions", this.regions.toArray(String[]::new))
			.bind("types", this.serviceTypes.toArray(String[]::new))
			.bind("targets", this.targets.toArray(Long[]::new))
			.bind("served", this.served.toArray(Long[]::new))
			.bind("qualities", this.qualities.toArray(BigDecimal[]::new))
			.then();
	}

	/**
	 * Inserts, instead of the reported achievements, one for every service that every
	 * region of a level owes: a target of 1,000, 400 to 999 served, spread over the rows
	 * in the order of region and service type, and a quality of 80.
	 * @param database the test database
	 * @param level the regions' level
	 * @return completes when they are written
	 */
	public Mono<Void> insertForEveryServiceOf(DatabaseClient database, RegionLevel level) {
		if (!this.regions.isEmpty()) {
			throw new IllegalStateException("Achievements were reported one by one: insert them instead");
		}
		return bindProvenance(database.sql(INSERT
				+ " r.code, t.code, 1000, 400 + (37 * row_number() over (order by r.code, t.code)) % 600, 80, "
				+ PROVENANCE
				+ " from region r cross join service_type t where r.level = :regionLevel and t.level = :serviceLevel"))
			.bind("regionLevel", level.name())
			.bind("serviceLevel", GovernmentLevel.of(level).name())
			.then();
	}

	private GenericExecuteSpec bindProvenance(GenericExecuteSpec statement) {
		return statement.bind("fiscalYear", this.fiscalYear)
			.bind("verification", this.verification.name())
			.bind("sources", this.sources)
			.bind("note", Parameter.fromOrEmpty(this.note, String.class));
	}

}
