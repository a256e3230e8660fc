package org.spmawards.api.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spmawards.persistence.dataset.Dataset;
import org.spmawards.persistence.dataset.DatasetKind;
import org.spmawards.persistence.export.CsvTable;

/**
 * The README of the bulk download: what the data is, and every column of every file.
 */
final class DataDictionary {

	private DataDictionary() {
	}

	/**
	 * A table's name in the package: its file name without {@code .csv}, with hyphens.
	 */
	private static String resourceName(String fileName) {
		return fileName.replace(".csv", "").replace('_', '-');
	}

	/**
	 * Returns the Frictionless Data Package descriptor ({@code datapackage.json}) of the
	 * bulk download: every table with its typed and constrained fields, its keys (what
	 * identifies a row and what its codes refer to), its SHA-256, the licence and the
	 * sources, so that pandas, R and spreadsheet tools read numbers as numbers and codes
	 * as text, and a Frictionless validator can check every row.
	 * @param dataset the data the download holds
	 * @param tables the tables
	 * @param checksums the SHA-256 of every file, by name
	 * @param dataVersion the data version, which every import advances
	 * @param lastModified when the data last changed
	 * @return the descriptor, as JSON-ready maps and lists
	 */
	static Map<String, Object> dataPackage(Dataset dataset, List<CsvTable> tables, Map<String, String> checksums,
			long dataVersion, Instant lastModified) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		boolean demo = dataset.kind() == DatasetKind.DEMO;
		descriptor.put("profile", "data-package");
		descriptor.put("name", demo ? "spm-awards-data-demo" : "spm-awards-data");
		descriptor.put("title", demo ? "SPM Awards data (DEMO: synthetic achievements)" : "SPM Awards data");
		// the data version, which every import advances, and when the data last changed
		descriptor.put("version", "1.0." + dataVersion);
		descriptor.put("created", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
		descriptor.put("description", dataset.description()
				+ " Every fact carries its verification and the publications it was read in (columns verification and"
				+ " sources); values computed by this service say so (origin, achievement_level_origin, rank_kind).");
		descriptor.put("licenses", List.of(Map.of("name", "MIT", "path", "https://opensource.org/license/mit", "title",
				"The region data (codes, names, population, area, centroids): MIT, Copyright (c) 2017-2025 Cahya DSN;"
						+ " the boundaries: MIT, Copyright (c) 2024 Cahya DSN, simplified by this service;"
						+ " see SOURCES/regions-SOURCE.md. The SPM facts are compiled from the publications named in"
						+ " each row's sources column.")));
		descriptor.put("sources",
				List.of(Map.of("title", "cahyadsn/wilayah (Kepmendagri 300.2.2-2430/2025, Dukcapil, BIG)", "path",
						"https://github.com/cahyadsn/wilayah"),
						Map.of("title", "cahyadsn/wilayah_boundaries (centroids, boundaries)", "path",
								"https://github.com/cahyadsn/wilayah_boundaries"),
						Map.of("title", "The publications named in each row's sources column")));
		List<Map<String, Object>> resources = new ArrayList<>();
		for (CsvTable table : tables) {
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", resourceName(table.fileName()));
			resource.put("path", table.fileName());
			resource.put("profile", "tabular-data-resource");
			resource.put("format", "csv");
			resource.put("mediatype", "text/csv");
			resource.put("encoding", "utf-8");
			resource.put("description", "One row: " + table.description() + ".");
			if (checksums.containsKey(table.fileName())) {
				resource.put("hash", "sha256:" + checksums.get(table.fileName()));
			}
			resource.put("dialect",
					Map.of("delimiter", ",", "lineTerminator", "\n", "quoteChar", "\"", "header", true));
			List<Map<String, Object>> fields = new ArrayList<>();
			for (CsvTable.Column column : table.columns()) {
				Map<String, Object> field = new LinkedHashMap<>();
				field.put("name", column.name());
				field.put("type", column.type().tableSchemaName());
				field.put("description", column.description());
				Map<String, Object> constraints = new LinkedHashMap<>(column.constraints());
				if (table.keys().primaryKey().contains(column.name())) {
					constraints.put("required", true);
				}
				if (!constraints.isEmpty()) {
					field.put("constraints", constraints);
				}
				fields.add(field);
			}
			Map<String, Object> schema = new LinkedHashMap<>();
			schema.put("fields", fields);
			schema.put("missingValues", List.of(""));
			if (!table.keys().primaryKey().isEmpty()) {
				schema.put("primaryKey", table.keys().primaryKey());
			}
			if (!table.keys().foreignKeys().isEmpty()) {
				schema.put("foreignKeys",
						table.keys()
							.foreignKeys()
							.stream()
							.map((key) -> Map.of("fields", List.of(key.column()), "reference",
									Map.of("resource", resourceName(key.table()), "fields", List.of(key.key()))))
							.toList());
			}
			resource.put("schema", schema);
			resources.add(resource);
		}
		for (String file : ExportRoutes.BOUNDARIES) {
			if (!file.endsWith(".geojson")) {
				continue;
			}
			String path = "boundaries/" + file;
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", file.replace(".geojson", "-boundaries"));
			resource.put("path", path);
			resource.put("format", "geojson");
			resource.put("mediatype", "application/geo+json");
			resource.put("encoding", "utf-8");
			resource.put("description", BOUNDARY_DESCRIPTION + " " + boundaryScope(file));
			if (checksums.containsKey(path)) {
				resource.put("hash", "sha256:" + checksums.get(path));
			}
			resources.add(resource);
		}
		descriptor.put("resources", resources);
		return descriptor;
	}

	private static final String BOUNDARY_DESCRIPTION = "A GeoJSON FeatureCollection (RFC 7946, WGS84 longitude-latitude),"
			+ " one feature per region: id is the Kemendagri code (join on regions.csv code), properties is empty,"
			+ " the geometry is a Polygon or MultiPolygon; neighbours share their borders exactly.";

	private static String boundaryScope(String file) {
		String regions = file.startsWith("provinces") ? "The 38 provinces" : "The 416 regencies and 98 cities";
		return regions + (file.contains("overview") ? ", simplified at about 400 m for a national map (0.001° grid)."
				: ", simplified at about 10 m for a province map (0.0001° grid).");
	}

	static String readme(Dataset dataset, List<CsvTable> tables) {
		StringBuilder text = new StringBuilder();
		text.append("# SPM Awards data\n\n")
			.append("Dataset: ")
			.append(dataset.description())
			.append("\n\n")
			.append("Every file is CSV (RFC 4180), UTF-8, with a header row and `\\n` line ends. An empty cell is an")
			.append(" unknown value, never 0. Region codes are text: `11.10` is not `11.1`. `SHA256SUMS` holds the")
			.append(" SHA-256 of every file (`sha256sum -c SHA256SUMS`). `SOURCES/` holds the notes on where the data")
			.append(" comes from, with the licence notice of the region data (MIT, Cahya DSN). `datapackage.json`")
			.append(" describes every file as a Frictionless Data Package, with the type of every column, for pandas")
			.append(" (`frictionless`), R (`frictionless`) and other tools.\n\n")
			.append("## Data dictionary\n");
		for (CsvTable table : tables) {
			text.append("\n### ")
				.append(table.fileName())
				.append("\n\nOne row: ")
				.append(table.description())
				.append(".\n\n");
			text.append("| column | meaning |\n|---|---|\n");
			for (CsvTable.Column column : table.columns()) {
				text.append("| `").append(column.name()).append("` | ").append(column.description()).append(" |\n");
			}
		}
		text.append("\n## Boundaries\n\n").append(BOUNDARY_DESCRIPTION).append("\n\n");
		for (String file : ExportRoutes.BOUNDARIES) {
			if (file.endsWith(".geojson")) {
				text.append("- `boundaries/").append(file).append("`: ").append(boundaryScope(file)).append('\n');
			}
		}
		text.append("\n`boundaries/BOUNDARIES.md` says how they were derived from the source boundaries, with the")
			.append(" tolerances, the tools and their versions, and the checks they pass.\n");
		return text.toString();
	}

}
