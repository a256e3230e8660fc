package org.spmawards.api.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.query.Filter;
import org.spmawards.persistence.query.FilterOperator;
import org.spmawards.persistence.query.QueryField;
import org.spmawards.persistence.query.QuerySubject;
import org.spmawards.persistence.reference.ReferenceData;

/**
 * A custom query's selection restated in plain words, in English and in Indonesian, so
 * that a reader can check what was asked: e.g. "Index values: regencies, of Jawa Barat,
 * health, value below 80, fiscal year 2024". Conditions read in the order they were
 * given; {@code or} and {@code not} in brackets.
 *
 * @param en the selection in English
 * @param id the selection in Indonesian
 */
public record QueryWords(String en, String id) {

	/**
	 * Restates a selection.
	 * @param subject what the rows are
	 * @param filter which rows
	 * @param data the reference data, for names
	 * @return the selection in words
	 */
	static QueryWords of(QuerySubject subject, Filter filter, ReferenceData data) {
		return new QueryWords(new Language(true, data).sentence(subject, filter),
				new Language(false, data).sentence(subject, filter));
	}

	private record Language(boolean english, ReferenceData data) {

		String sentence(QuerySubject subject, Filter filter) {
			String rows = (subject == QuerySubject.INDEX_VALUES) ? say("Index values", "Nilai indeks")
					: say("Service achievements", "Capaian layanan");
			String selected = words(filter);
			return rows + ": " + (selected.isEmpty() ? say("all", "semua") : selected);
		}

		private String words(Filter filter) {
			if (filter instanceof Filter.All all) {
				return all.filters()
					.stream()
					.map(this::words)
					.filter((words) -> !words.isEmpty())
					.collect(Collectors.joining(", "));
			}
			if (filter instanceof Filter.Any any) {
				return "(" + any.filters().stream().map(this::words).collect(Collectors.joining(say(" or ", " atau ")))
						+ ")";
			}
			if (filter instanceof Filter.Not not) {
				return say("not (", "bukan (") + words(not.filter()) + ")";
			}
			return condition((Filter.Condition) filter);
		}

		private String condition(Filter.Condition condition) {
			QueryField field = condition.field();
			Object value = condition.value();
			if (condition.operator() == FilterOperator.IS_NULL) {
				boolean isNull = Boolean.TRUE.equals(value);
				if (field == QueryField.SECTOR) {
					return isNull ? say("the overall index", "indeks keseluruhan") : say("per field", "per bidang");
				}
				if (field == QueryField.RANK || field == QueryField.RANK_WITH_PRELIMINARY) {
					String ranked = (field == QueryField.RANK) ? say("ranked", "diperingkat")
							: say("ranked with the preliminary values", "diperingkat bersama nilai sementara");
					return isNull ? say("not ", "tidak ") + ranked : ranked;
				}
				return name(field) + (isNull ? say(" unknown", " tidak diketahui") : say(" known", " diketahui"));
			}
			String values = (value instanceof List<?> list)
					? list.stream().map((each) -> value(field, each)).collect(Collectors.joining(say(" or ", " atau ")))
					: value(field, value);
			boolean equality = condition.operator() == FilterOperator.EQUAL_TO
					|| condition.operator() == FilterOperator.IN;
			boolean inequality = condition.operator() == FilterOperator.NOT_EQUAL_TO
					|| condition.operator() == FilterOperator.NOT_IN;
			if (equality || inequality) {
				String not = inequality ? say("not ", "bukan ") : "";
				return switch (field) {
					case LEVEL, SECTOR, ORIGIN, STATUS -> not + values;
					case PROVINCE_CODE -> not + say("of ", "di ") + values;
					case FISCAL_YEAR -> not + say("fiscal year ", "tahun anggaran ") + values;
					default -> name(field) + " " + not + values;
				};
			}
			String comparison = switch (condition.operator()) {
				case LESS_THAN -> say("below", "di bawah");
				case LESS_THAN_OR_EQUAL_TO -> say("at most", "paling tinggi");
				case GREATER_THAN -> say("above", "di atas");
				default -> say("at least", "paling rendah");
			};
			if (field == QueryField.FISCAL_YEAR) {
				comparison = switch (condition.operator()) {
					case LESS_THAN -> say("before", "sebelum");
					case LESS_THAN_OR_EQUAL_TO -> say("up to", "sampai");
					case GREATER_THAN -> say("after", "setelah");
					default -> say("from", "sejak");
				};
			}
			return name(field) + " " + comparison + " " + values;
		}

		/** What a field is called in a sentence. */
		private String name(QueryField field) {
			return switch (field) {
				case FISCAL_YEAR -> say("fiscal year", "tahun anggaran");
				case REGION_CODE -> say("region", "daerah");
				case PROVINCE_CODE -> say("province", "provinsi");
				case LEVEL -> say("level", "tingkat");
				case SECTOR -> say("field", "bidang");
				case SERVICE_TYPE -> say("service type", "jenis layanan");
				case VALUE, CHANGE -> say("value", "nilai");
				case ACHIEVEMENT -> say("achievement", "capaian");
				case TARGET -> say("target", "sasaran");
				case SERVED -> say("served", "terlayani");
				case QUALITY -> say("quality", "mutu");
				case ORIGIN -> say("origin", "asal");
				case STATUS -> say("status", "status");
				case ACHIEVEMENT_LEVEL -> say("achievement level", "tingkat capaian");
				default -> field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
			};
		}

		/** A value as a reader knows it: a name rather than a code. */
		private String value(QueryField field, Object value) {
			String text = (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
					: String.valueOf(value);
			return switch (field) {
				case REGION_CODE, PROVINCE_CODE -> this.data.region(RegionCode.of(text)).map(Region::name).orElse(text);
				case LEVEL -> switch (text) {
					case "PROVINCE" -> say("provinces", "provinsi");
					case "REGENCY" -> say("regencies", "kabupaten");
					default -> say("cities", "kota");
				};
				case SECTOR -> {
					var sector = this.data.sector(SectorCode.valueOf(text));
					yield this.english ? sector.name().toLowerCase(Locale.ROOT)
							: sector.nameIndonesian().toLowerCase(Locale.ROOT);
				}
				case SERVICE_TYPE -> this.data.serviceType(text)
					.map((type) -> text + " (" + (this.english ? type.name() : type.nameIndonesian()) + ")")
					.orElse(text);
				case ORIGIN -> switch (text) {
					case "PUBLISHED" -> say("published", "diterbitkan");
					default -> say("computed by this service", "dihitung layanan ini");
				};
				case ACHIEVEMENT_LEVEL -> this.data.levels()
					.stream()
					.filter((level) -> level.code().equals(text))
					.map((level) -> level.name())
					.findFirst()
					.orElse(text);
				case STATUS -> switch (text) {
					case "FINAL" -> say("final", "final");
					default -> say("preliminary", "sementara");
				};
				default -> text;
			};
		}

		private String say(String english, String indonesian) {
			return this.english ? english : indonesian;
		}

	}

}
