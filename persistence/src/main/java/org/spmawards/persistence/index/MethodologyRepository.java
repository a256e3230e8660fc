package org.spmawards.persistence.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.achievement.AchievementScale;
import org.spmawards.domain.index.Methodology;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the methodologies of the SPM index and the achievement levels they use.
 */
@Repository
public class MethodologyRepository {

	private static final String COLUMNS = "m.code, m.name, m.recipients_weight, m.quality_weight, m.provisional,"
			+ " m.verified, m.unverified, m.verification, m.sources, m.note";

	private final DatabaseClient database;

	public MethodologyRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists the achievement levels, highest first.
	 * @return the levels
	 */
	public Flux<AchievementLevel> findLevels() {
		return this.database.sql(
				"select code, name_id, min_inclusive, max_exclusive from achievement_level order by min_inclusive desc")
			.map((row) -> new AchievementLevel(Rows.string(row, "code"), Rows.string(row, "name_id"),
					row.get("min_inclusive", BigDecimal.class), row.get("max_exclusive", BigDecimal.class)))
			.all();
	}

	/**
	 * Finds the methodology for a fiscal year: that of the edition assessing it, or the
	 * default one when no edition assesses it.
	 * @param fiscalYear the fiscal year
	 * @return the methodology
	 */
	public Mono<Methodology> findForFiscalYear(int fiscalYear) {
		return find(
				"select " + COLUMNS + " from methodology m"
						+ " left join award_edition e on e.methodology_code = m.code and e.fiscal_year = :fiscalYear"
						+ " where e.year is not null or m.is_default order by e.year nulls last limit 1",
				fiscalYear, "fiscalYear");
	}

	/**
	 * Finds the methodologies of many editions in one statement.
	 * @param years the editions' years
	 * @return the methodology of each edition that exists, by year
	 */
	public Mono<Map<Integer, Methodology>> findForEditions(Collection<Integer> years) {
		return findLevels().collectList()
			.map(AchievementScale::new)
			.flatMap((scale) -> this.database
				.sql("select e.year, " + COLUMNS
						+ " from methodology m join award_edition e on e.methodology_code = m.code"
						+ " where e.year = any(:years)")
				.bind("years", years.stream().distinct().toArray(Integer[]::new))
				.map((row) -> Map.entry(Rows.integer(row, "year"), methodology(row, scale)))
				.all()
				.collectMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Mono<Methodology> find(String sql, int value, String parameter) {
		return findLevels().collectList()
			.map(AchievementScale::new)
			.flatMap((scale) -> this.database.sql(sql)
				.bind(parameter, value)
				.map((row) -> methodology(row, scale))
				.one());
	}

	private static Methodology methodology(Readable row, AchievementScale scale) {
		return new Methodology(Rows.string(row, "code"), Rows.string(row, "name"),
				row.get("recipients_weight", BigDecimal.class), row.get("quality_weight", BigDecimal.class), scale,
				Boolean.TRUE.equals(row.get("provisional", Boolean.class)), Rows.string(row, "verified"),
				Rows.string(row, "unverified"), Rows.provenance(row));
	}

}
