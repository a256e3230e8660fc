package org.spmawards.api.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.imports.ChangeFilter;
import org.spmawards.persistence.imports.DataRevision;
import org.spmawards.persistence.imports.ImportKind;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * The words of the change feeds and revision pages, in Indonesian or English.
 *
 * @param english whether in English
 * @param data the reference data that names regions, sectors and service types
 */
record ChangeWords(boolean english, ReferenceData data) {

	String language() {
		return this.english ? "en" : "id";
	}

	String feedTitle(ChangeFilter filter) {
		List<String> parts = new ArrayList<>();
		if (filter.fiscalYear() != null) {
			parts.add((this.english ? "fiscal year " : "tahun anggaran ") + filter.fiscalYear());
		}
		if (filter.provinceCode() != null) {
			parts.add(regionName(filter.provinceCode()));
		}
		if (filter.level() != null) {
			parts.add(levelPlural(filter.level()));
		}
		if (filter.sector() != null) {
			parts.add(sectorName(filter.sector()));
		}
		String title = this.english ? "SPM Awards: changes of the data" : "SPM Awards: perubahan data";
		return parts.isEmpty() ? title : title + " (" + String.join(", ", parts) + ")";
	}

	String feedDescription() {
		return this.english
				? "Every import that changed the SPM data (rows added, changed and removed, ranks moved) and every"
						+ " SPM Awards edition."
				: "Setiap impor yang mengubah data SPM (baris ditambah, diubah dan dihapus, peringkat bergeser) dan"
						+ " setiap edisi SPM Awards.";
	}

	String revisionTitle(DataRevision revision) {
		return this.english
				? "Revision " + revision.number() + ": " + kind(revision.kind()) + " of fiscal year "
						+ revision.fiscalYear() + " changed"
				: "Revisi " + revision.number() + ": " + kind(revision.kind()) + " tahun anggaran "
						+ revision.fiscalYear() + " berubah";
	}

	String revisionSummary(DataRevision revision, long ranksMoved) {
		return this.english
				? count(revision.rowsInserted(), "row", "rows") + " added, " + revision.rowsUpdated() + " changed, "
						+ revision.rowsDeleted() + " removed; " + count(ranksMoved, "rank", "ranks") + " moved."
				: revision.rowsInserted() + " baris ditambahkan, " + revision.rowsUpdated() + " diubah, "
						+ revision.rowsDeleted() + " dihapus; " + ranksMoved + " peringkat bergeser.";
	}

	String editionTitle(AwardEdition edition) {
		return this.english
				? edition.title() + " (fiscal year " + edition.fiscalYear() + "), held " + edition.heldOn() + " in "
						+ edition.venue()
				: edition.title() + " (tahun anggaran " + edition.fiscalYear() + "), diselenggarakan "
						+ edition.heldOn() + " di " + edition.venue();
	}

	String editionSummary(AwardEdition edition) {
		List<String> winners = new ArrayList<>();
		for (AwardCategory category : List.of(AwardCategory.PROVINCE, AwardCategory.REGENCY, AwardCategory.CITY)) {
			this.data.awardResults(category, null, edition.year(), edition.year())
				.stream()
				.filter((result) -> Integer.valueOf(1).equals(result.place()))
				.map(AwardResult::region)
				.findFirst()
				.ifPresent((region) -> winners.add(best(category) + ": " + regionName(region.value())));
		}
		if (winners.isEmpty()) {
			return this.english ? "The edition's results are in the explorer." : "Hasil edisi ini ada di penjelajah.";
		}
		String listed = String.join("; ", winners) + ".";
		return Character.toUpperCase(listed.charAt(0)) + listed.substring(1);
	}

	String kind(ImportKind kind) {
		return switch (kind) {
			case ACHIEVEMENTS -> this.english ? "service achievements" : "capaian layanan";
			case INDEX_VALUES -> this.english ? "published index values" : "nilai indeks yang dipublikasikan";
		};
	}

	String change(String change) {
		return switch (change) {
			case "ADDED" -> this.english ? "added" : "ditambahkan";
			case "REMOVED" -> this.english ? "removed" : "dihapus";
			default -> this.english ? "changed" : "diubah";
		};
	}

	String regionName(String code) {
		Optional<Region> region = this.data.region(RegionCode.of(code));
		return region.map((found) -> found.name() + " (" + code + ")").orElse(code);
	}

	/** A service type's, a sector's or the overall index's name. */
	String itemName(String item) {
		Optional<ServiceType> type = this.data.serviceType(item);
		if (type.isPresent()) {
			return item + " " + (this.english ? type.get().name() : type.get().nameIndonesian());
		}
		return "OVERALL".equals(item) ? (this.english ? "overall index" : "indeks keseluruhan") : sectorName(item);
	}

	String sectorName(String code) {
		for (SectorCode sector : SectorCode.values()) {
			if (sector.name().equals(code)) {
				return this.english ? this.data.sector(sector).name() : this.data.sector(sector).nameIndonesian();
			}
		}
		return code;
	}

	String levelPlural(String level) {
		return switch (level) {
			case "PROVINCE" -> this.english ? "provinces" : "provinsi";
			case "REGENCY" -> this.english ? "regencies" : "kabupaten";
			default -> this.english ? "cities" : "kota";
		};
	}

	String level(String level) {
		return switch (level) {
			case "PROVINCE" -> this.english ? "province" : "provinsi";
			case "REGENCY" -> this.english ? "regency" : "kabupaten";
			default -> this.english ? "city" : "kota";
		};
	}

	private String best(AwardCategory category) {
		return switch (category) {
			case PROVINCE -> this.english ? "best province" : "provinsi terbaik";
			case REGENCY -> this.english ? "best regency" : "kabupaten terbaik";
			default -> this.english ? "best city" : "kota terbaik";
		};
	}

	private static String count(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

	static String orDash(@Nullable Object value) {
		return (value != null) ? value.toString() : "–";
	}

}
