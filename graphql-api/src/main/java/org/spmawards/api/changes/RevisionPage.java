package org.spmawards.api.changes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.persistence.imports.DataRevision;
import org.spmawards.persistence.imports.RevisionChanges;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * One revision's changes, as a page (HTML) and as JSON: the rows it added, changed
 * (before → after) and removed, and the ranks that moved because of it.
 *
 * @param words the words, in the page's language
 * @param changes the revision's changes
 */
record RevisionPage(ChangeWords words, RevisionChanges changes) {

	/** The most rows of each table a page shows; the JSON has them all. */
	static final int PAGE_ROWS = 1000;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	String json(JsonMapper json) {
		DataRevision revision = this.changes.revision();
		ChangeWords english = new ChangeWords(true, this.words.data());
		ChangeWords indonesian = new ChangeWords(false, this.words.data());
		long ranksMoved = this.changes.ranks().size();
		Map<String, Object> document = new LinkedHashMap<>();
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("number", revision.number());
		about.put("kind", revision.kind().name());
		about.put("fiscalYear", revision.fiscalYear());
		about.put("importedAt", revision.importedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
		about.put("importedBy", revision.importedBy());
		about.put("checksum", revision.checksum());
		about.put("sourceUrl", revision.sourceUrl());
		about.put("rowsRead", revision.rowsRead());
		about.put("rowsAdded", revision.rowsInserted());
		about.put("rowsChanged", revision.rowsUpdated());
		about.put("rowsRemoved", revision.rowsDeleted());
		about.put("ranksMoved", ranksMoved);
		document.put("revision", about);
		document.put("title", Map.of("en", english.revisionTitle(revision), "id", indonesian.revisionTitle(revision)));
		document.put("summary", Map.of("en", english.revisionSummary(revision, ranksMoved), "id",
				indonesian.revisionSummary(revision, ranksMoved)));
		document.put("rows", this.changes.rows().stream().map((row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("regionCode", row.regionCode());
			entry.put("regionName",
					this.words.data()
						.region(RegionCode.of(row.regionCode()))
						.map((region) -> region.name())
						.orElse(null));
			entry.put("item", row.item());
			entry.put("change", row.change().name());
			entry.put("before", (row.before() != null) ? json.readTree(row.before()) : null);
			entry.put("after", (row.after() != null) ? json.readTree(row.after()) : null);
			return entry;
		}).toList());
		document.put("ranks", this.changes.ranks().stream().map((rank) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("regionCode", rank.regionCode());
			entry.put("level", rank.category());
			entry.put("scope", rank.scope());
			entry.put("rankBefore", rank.rankBefore());
			entry.put("rankAfter", rank.rankAfter());
			entry.put("valueBefore", rank.valueBefore());
			entry.put("valueAfter", rank.valueAfter());
			return entry;
		}).toList());
		return json.writeValueAsString(document);
	}

	String html(JsonMapper json) {
		DataRevision revision = this.changes.revision();
		boolean english = this.words.english();
		String title = this.words.revisionTitle(revision);
		StringBuilder body = new StringBuilder();
		body.append("<p>")
			.append(esc(this.words.revisionSummary(revision, this.changes.ranks().size())))
			.append("</p>\n<p>")
			.append(esc((english ? "Imported " : "Diimpor ")
					+ MINUTE.format(revision.importedAt().withOffsetSameInstant(ZoneOffset.UTC))
					+ ((revision.importedBy() != null) ? (english ? " by " : " oleh ") + revision.importedBy() : "")
					+ (english ? "; file " : "; berkas ") + revision.checksum() + "."));
		if (revision.sourceUrl() != null) {
			body.append(' ')
				.append(esc(english ? "Source: " : "Sumber: "))
				.append("<a href=\"")
				.append(esc(revision.sourceUrl()))
				.append("\">")
				.append(esc(revision.sourceUrl()))
				.append("</a>");
		}
		body.append("</p>\n");
		body.append(table(english, english ? "Rows" : "Baris",
				List.of(english ? "Region" : "Wilayah", english ? "Service type or index" : "Jenis layanan atau indeks",
						english ? "Change" : "Perubahan", english ? "Before" : "Sebelum",
						english ? "After" : "Sesudah"),
				this.changes.rows()
					.stream()
					.map((row) -> List.of(this.words.regionName(row.regionCode()), this.words.itemName(row.item()),
							this.words.change(row.change().name()), figures(json, row.before()),
							figures(json, row.after())))
					.toList()));
		body.append(table(english, english ? "Ranks that moved" : "Peringkat yang bergeser",
				List.of(english ? "Level" : "Tingkat", english ? "Index" : "Indeks", english ? "Region" : "Wilayah",
						english ? "Rank before" : "Peringkat sebelum", english ? "Rank after" : "Peringkat sesudah",
						english ? "Value before" : "Nilai sebelum", english ? "Value after" : "Nilai sesudah"),
				this.changes.ranks()
					.stream()
					.map((rank) -> List.of(this.words.level(rank.category()), this.words.itemName(rank.scope()),
							this.words.regionName(rank.regionCode()), ChangeWords.orDash(rank.rankBefore()),
							ChangeWords.orDash(rank.rankAfter()), value(rank.valueBefore()), value(rank.valueAfter())))
					.toList()));
		String jsonUrl = revision.number() + ".json";
		return """
				<!doctype html>
				<html lang="%s">
				<head>
				<meta charset="UTF-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1.0" />
				<title>%s</title>
				<link rel="icon" href="../favicon.svg" type="image/svg+xml" />
				<link rel="stylesheet" href="../site.css" />
				<link rel="alternate" type="application/json" href="%s" />
				</head>
				<body>
				<main>
				<p class="small"><a href="../">%s</a> · <a href="../feeds/changes.atom">%s</a> · <a href="%s">JSON</a></p>
				<h1>%s</h1>
				%s</main>
				</body>
				</html>
				"""
			.formatted(this.words.language(), esc(title), esc(jsonUrl), esc(english ? "Front page" : "Halaman depan"),
					esc(english ? "Change feed" : "Umpan perubahan"), esc(jsonUrl), esc(title), body);
	}

	/** A row's figures and provenance as a reader reads them: {@code served 90; ...}. */
	private static String figures(JsonMapper json, @Nullable String object) {
		if (object == null) {
			return "–";
		}
		JsonNode node = json.readTree(object);
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			JsonNode value = field.getValue();
			String text = value.isNull() ? "–" : value.isArray()
					? String.join(", ", value.valueStream().map(JsonNode::asString).toList()) : value.asString();
			parts.add(field.getKey() + " " + text);
		}
		return String.join("; ", parts);
	}

	/** An index value as the rankings show it, with two decimals. */
	private static String value(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP).toPlainString() : "–";
	}

	private static String table(boolean english, String caption, List<String> headings, List<List<String>> rows) {
		StringBuilder html = new StringBuilder("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"")
			.append(esc(caption))
			.append("\">\n<table>\n<caption>")
			.append(esc(caption + " (" + rows.size() + ")"))
			.append("</caption>\n<thead><tr>");
		headings.forEach((heading) -> html.append("<th scope=\"col\">").append(esc(heading)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		rows.stream().limit(PAGE_ROWS).forEach((row) -> {
			html.append("<tr>");
			row.forEach((cell) -> html.append("<td>").append(esc(cell)).append("</td>"));
			html.append("</tr>\n");
		});
		html.append("</tbody>\n</table>\n</div>\n");
		if (rows.size() > PAGE_ROWS) {
			html.append("<p>")
				.append(esc("… " + (rows.size() - PAGE_ROWS) + (english ? " more in the JSON." : " lagi di JSON.")))
				.append("</p>\n");
		}
		return html.toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
