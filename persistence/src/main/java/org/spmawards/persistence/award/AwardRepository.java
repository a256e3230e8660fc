package org.spmawards.persistence.award;

import java.util.Collection;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.award.MentionKind;
import org.spmawards.domain.award.Zone;
import org.spmawards.domain.ranking.RankScope;
import org.spmawards.persistence.support.Rows;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads award editions, their results (winners) and mentions (nominees and published
 * ranks). Results are ordered by year, category and place; the service reads them once,
 * into the {@code ReferenceData}.
 */
@Repository
public class AwardRepository {

	private static final String EDITION_COLUMNS = "year, title, held_on, venue, presented_by, fiscal_year, format,"
			+ " verification, sources, note";

	private static final String RESULT_COLUMNS = "r.edition_year, r.category, r.zone, r.place, r.region_code, r.score,"
			+ " r.verification, r.sources, r.note";

	/**
	 * Year, then the category's declared order, then place, then zone and region for the
	 * special awards.
	 */
	private static final String RESULT_ORDER = " order by r.edition_year, array_position(array['PROVINCE', 'REGENCY',"
			+ " 'CITY', 'REGIONAL_BEST', 'ISLAND_REGION', 'MOST_ACTIVE_PROVINCE']::varchar[], r.category),"
			+ " r.place nulls last, r.zone, r.region_code";

	private final DatabaseClient database;

	public AwardRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Lists every edition, oldest first.
	 * @return the editions
	 */
	public Flux<AwardEdition> findEditions() {
		return this.database.sql("select " + EDITION_COLUMNS + " from award_edition order by year")
			.map(AwardRepository::edition)
			.all();
	}

	/**
	 * Lists the results of every edition: the winners, which the reference data holds in
	 * memory.
	 * @return the results, by year, category and place
	 */
	public Flux<AwardResult> findResults() {
		return this.database.sql("select " + RESULT_COLUMNS + " from award_result r" + RESULT_ORDER)
			.map(AwardRepository::result)
			.all();
	}

	/**
	 * Lists the nominees and published ranks of many editions in one statement.
	 * @param years the editions' years
	 * @return the mentions, by year, category, kind and rank
	 */
	public Flux<AwardMention> findMentionsOfEditions(Collection<Integer> years) {
		return this.database.sql("select edition_year, category, kind, rank, rank_scope, rank_group, region_code,"
				+ " verification, sources, note from award_mention where edition_year = any(:years)"
				+ " order by edition_year, array_position(array['PROVINCE', 'REGENCY', 'CITY']::varchar[], category),"
				+ " kind, rank nulls last, region_code")
			.bind("years", years.stream().distinct().toArray(Integer[]::new))
			.map((row) -> new AwardMention(Rows.integer(row, "edition_year"),
					AwardCategory.valueOf(Rows.string(row, "category")), MentionKind.valueOf(Rows.string(row, "kind")),
					row.get("rank", Integer.class), rankScope(row), Rows.regionCode(row, "region_code"),
					Rows.provenance(row)))
			.all();
	}

	private static @Nullable RankScope rankScope(Readable row) {
		String scope = row.get("rank_scope", String.class);
		return (scope != null) ? new RankScope(RankScope.Kind.valueOf(scope), row.get("rank_group", String.class))
				: null;
	}

	static AwardEdition edition(Readable row) {
		return new AwardEdition(Rows.integer(row, "year"), Rows.string(row, "title"),
				row.get("held_on", java.time.LocalDate.class), Rows.string(row, "venue"),
				Rows.string(row, "presented_by"), Rows.integer(row, "fiscal_year"), row.get("format", String.class),
				Rows.provenance(row));
	}

	static AwardResult result(Readable row) {
		String zone = row.get("zone", String.class);
		return new AwardResult(Rows.integer(row, "edition_year"), AwardCategory.valueOf(Rows.string(row, "category")),
				(zone != null) ? Zone.valueOf(zone) : null, row.get("place", Integer.class),
				Rows.regionCode(row, "region_code"), Rows.score(row, "score"), Rows.provenance(row));
	}

}
