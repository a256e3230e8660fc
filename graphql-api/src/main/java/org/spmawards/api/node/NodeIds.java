package org.spmawards.api.node;

import org.spmawards.api.achievement.ServiceAchievementView;
import org.spmawards.api.identity.GlobalId;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.average.NationalAverage;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.index.Methodology;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.imports.DataRevision;

/**
 * The global ID of every object that implements {@code Node}: its schema type and the key
 * that makes it unique within the type.
 */
final class NodeIds {

	/** The schema types that implement {@code Node}. */
	static final String REGION = "Region", SECTOR = "Sector", SERVICE_TYPE = "ServiceType",
			AWARD_EDITION = "AwardEdition", AWARD_RESULT = "AwardResult", AWARD_MENTION = "AwardMention",
			INDEX_VALUE = "IndexValue", SERVICE_ACHIEVEMENT = "ServiceAchievement", METHODOLOGY = "Methodology",
			ACHIEVEMENT_LEVEL = "AchievementLevel", DATA_REVISION = "DataRevision",
			NATIONAL_AVERAGE = "NationalAverage";

	/** The key of a national mean over every region. */
	static final String ALL_REGIONS = "ALL";

	/** The key of an overall index value's field. */
	static final String OVERALL = "OVERALL";

	private NodeIds() {
	}

	/**
	 * Returns the global ID of an object.
	 * @param node the object
	 * @return the ID
	 * @throws IllegalArgumentException if the object is not of a {@code Node} type
	 */
	static GlobalId of(Object node) {
		if (node instanceof Region region) {
			return new GlobalId(REGION, region.code().value());
		}
		if (node instanceof Sector sector) {
			return new GlobalId(SECTOR, sector.code().name());
		}
		if (node instanceof ServiceType type) {
			return new GlobalId(SERVICE_TYPE, type.code());
		}
		if (node instanceof AwardEdition edition) {
			return new GlobalId(AWARD_EDITION, String.valueOf(edition.year()));
		}
		if (node instanceof AwardResult result) {
			return new GlobalId(AWARD_RESULT, result.id());
		}
		if (node instanceof AwardMention mention) {
			return new GlobalId(AWARD_MENTION,
					mention.editionYear() + ":" + mention.category() + ":" + mention.kind() + ":" + mention.region());
		}
		if (node instanceof IndexValue value) {
			return new GlobalId(INDEX_VALUE, value.fiscalYear() + ":" + value.region() + ":"
					+ ((value.sector() != null) ? value.sector().name() : OVERALL));
		}
		if (node instanceof ServiceAchievementView achievement) {
			return new GlobalId(SERVICE_ACHIEVEMENT,
					achievement.fiscalYear() + ":" + achievement.regionCode() + ":" + achievement.serviceTypeCode());
		}
		if (node instanceof Methodology methodology) {
			return new GlobalId(METHODOLOGY, methodology.code());
		}
		if (node instanceof AchievementLevel level) {
			return new GlobalId(ACHIEVEMENT_LEVEL, level.code());
		}
		if (node instanceof DataRevision revision) {
			return new GlobalId(DATA_REVISION, String.valueOf(revision.number()));
		}
		if (node instanceof NationalAverage average) {
			return new GlobalId(NATIONAL_AVERAGE, average.fiscalYear() + ":"
					+ ((average.governmentLevel() != null) ? average.governmentLevel().name() : ALL_REGIONS));
		}
		throw new IllegalArgumentException(node.getClass().getSimpleName() + " is not a Node");
	}

}
