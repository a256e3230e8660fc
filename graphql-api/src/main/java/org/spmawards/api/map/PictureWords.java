package org.spmawards.api.map;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.ranking.RankKind;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.region.RegionLevel;
import org.spmawards.domain.sector.Sector;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * The words on the pictures (maps and ranking charts), in Indonesian or English: one
 * place for how a view, its coverage, its source and what its places mean are said.
 *
 * @param english whether the words are English rather than Indonesian
 */
record PictureWords(boolean english) {

	/** The regions of a level, in the plural. */
	String regions(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> this.english ? "provinces" : "provinsi";
			case REGENCY -> this.english ? "regencies" : "kabupaten";
			case CITY -> this.english ? "cities" : "kota";
		};
	}

	/** The start of a title: the index of a level's regions. */
	String indexOf(RegionLevel level) {
		return this.english ? "SPM index of the " + regions(level) : "Indeks SPM " + regions(level);
	}

	/** The start of a chart's title: the top and bottom of a level's regions. */
	String topAndBottom(int top, RegionLevel level) {
		return this.english ? "SPM index: the top and bottom " + top + " " + regions(level)
				: "Indeks SPM: " + top + " " + regions(level) + " teratas dan terbawah";
	}

	/**
	 * The start of the title of a map without values: the boundaries of a level's
	 * regions.
	 */
	String boundariesOf(RegionLevel level) {
		return this.english ? "The " + regions(level) : "Batas " + regions(level);
	}

	/** What narrows a view: its province and its field, each after a separator. */
	String narrowedTo(@Nullable RegionCode province, @Nullable SectorCode sector, ReferenceData data) {
		String where = "";
		if (province != null) {
			String name = data.region(province).map(Region::name).orElse(province.value());
			where = this.english ? " of " + name : " di " + name;
		}
		if (sector != null) {
			Sector named = data.sector(sector);
			where += ", " + (this.english ? named.name() : named.nameIndonesian());
		}
		return where;
	}

	/**
	 * When the values are of: an edition and the fiscal year it assesses, or a fiscal
	 * year.
	 */
	String occasion(@Nullable Integer edition, int fiscalYear) {
		if (edition != null) {
			return ", SPM Awards " + edition + (this.english ? " (fiscal year " : " (tahun anggaran ") + fiscalYear
					+ ")";
		}
		return (this.english ? ", fiscal year " : ", tahun anggaran ") + fiscalYear;
	}

	/** How many regions of a map have a value. */
	String withValue(int withValue, int total, RegionLevel level) {
		return this.english ? withValue + " of " + total + " " + regions(level) + " have a value"
				: withValue + " dari " + total + " " + regions(level) + " memiliki nilai";
	}

	/** How many regions a ranking holds, and what its places mean. */
	String ranked(long ranked, long total, RegionLevel level, RankKind kind) {
		String meaning = switch (kind) {
			case NATIONAL -> this.english ? "a national ranking" : "peringkat nasional";
			case WITHIN_DATA_HELD -> this.english ? "places within the data held, not national ranks"
					: "urutan dalam data yang ada, bukan peringkat nasional";
			case MIXED_METHODS -> this.english ? "published and computed values mixed: not a national ranking"
					: "nilai terbit dan nilai hitungan bercampur: bukan peringkat nasional";
		};
		return (this.english ? ranked + " of " + total + " " + regions(level) + " in the ranking; "
				: ranked + " dari " + total + " " + regions(level) + " dalam peringkat; ") + meaning;
	}

	/** Where the data comes from, with the data version. */
	String source(long version) {
		return this.english
				? "Source: Kementerian Dalam Negeri via the SPM Awards API, data version " + version
						+ ". Boundaries © Cahya DSN (MIT)."
				: "Sumber: Kementerian Dalam Negeri melalui SPM Awards API, versi data " + version
						+ ". Batas wilayah © Cahya DSN (MIT).";
	}

	/** The warning across a picture of demo data; none for official data. */
	@Nullable String watermark(String dataset) {
		return "DEMO".equals(dataset) ? (this.english ? "DEMO: synthetic data" : "DEMO: data sintetis") : null;
	}

	/** The achievement levels in their colours, and the colour of no value. */
	List<MapPicture.LegendEntry> legend(ReferenceData data) {
		List<MapPicture.LegendEntry> legend = new ArrayList<>();
		for (AchievementLevel level : data.levels()) {
			legend.add(new MapPicture.LegendEntry(
					MapPicture.PALETTE.getOrDefault(level.code(), MapPicture.LEVEL_UNKNOWN), level.name()));
		}
		legend.add(new MapPicture.LegendEntry(MapPicture.NO_VALUE, this.english ? "No value" : "Tanpa nilai"));
		return legend;
	}

}
