package org.spmawards.api.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV exports and the bulk download over the curated data.
 */
@SpringBootTest
@AutoConfigureHttpGraphQlTester
@WithTestDatabase
class ExportTests {

	@Autowired
	WebTestClient client;

	@Test
	void exportsTheWinnersWithTheirSources() {
		String csv = get("/export/winners.csv", "attachment; filename=\"winners.csv\"");
		String[] lines = csv.split("\n");
		assertThat(lines[0])
			.isEqualTo("edition_year,category,zone,place,region_code,region_name,score,verification,sources,note");
		assertThat(lines).hasSize(37);
		assertThat(lines[1]).startsWith("2022,PROVINCE,,1,35,Jawa Timur,99.36,VERIFIED_SINGLE,https://jpnn.com/");
		assertThat(csv).contains("2023,CITY,,1,36.71,Kota Tangerang,,VERIFIED_MULTIPLE,https://");
	}

	@Test
	void exportsARanking() {
		String csv = get("/export/rankings.csv?edition=2025&category=PROVINCE",
				"attachment; filename=\"ranking-2025-province-overall.csv\"");
		assertThat(csv.split("\n")).hasSize(2);
		assertThat(csv.split("\n")[1]).startsWith("1,81,Maluku,,,2024,PROVINCE,,97.89,TUNTAS_UTAMA,1,17,PUBLISHED,");
	}

	@Test
	void explainsAWrongExportRequest() {
		this.client.get()
			.uri("/export/rankings.csv?edition=2025&category=VILLAGE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.value((message) -> assertThat((String) message).contains("category (PROVINCE, REGENCY or CITY)"));
		this.client.get().uri("/export/rankings.csv?edition=1999&category=CITY").exchange().expectStatus().isNotFound();
		this.client.get().uri("/export/achievements.csv").exchange().expectStatus().isBadRequest();
	}

	@Test
	void hasNoImportEndpointsWithoutAnAdminToken() {
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer anything")
			.bodyValue("region_code,service_type,target,served,quality_pct\n")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void bundlesEveryTableWithADictionaryAndChecksumsIdenticallyEachTime() throws IOException {
		byte[] first = bulk();
		byte[] second = bulk();
		assertThat(second).isEqualTo(first);
		Map<String, byte[]> entries = unzip(first);
		assertThat(entries.keySet()).startsWith("README.md", "regions.csv")
			.contains("winners.csv", "index_values.csv", "achievements.csv", "SOURCES/regions-SOURCE.md")
			.endsWith("SHA256SUMS");
		assertThat(new String(entries.get("README.md"), StandardCharsets.UTF_8)).contains("Dataset: OFFICIAL",
				"### winners.csv", "| `region_code` |");
		assertThat(new String(entries.get("SOURCES/regions-SOURCE.md"), StandardCharsets.UTF_8))
			.contains("MIT License");
		assertThat(new String(entries.get("regions.csv"), StandardCharsets.UTF_8).split("\n")).hasSize(553);
		String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (!entry.getKey().equals("SHA256SUMS")) {
				assertThat(sums).contains(sha256(entry.getValue()) + "  " + entry.getKey() + "\n");
			}
		}
	}

	private String get(String uri, String disposition) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private byte[] bulk() {
		return this.client.get()
			.uri("/export/bulk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	static Map<String, byte[]> unzip(byte[] archive) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
