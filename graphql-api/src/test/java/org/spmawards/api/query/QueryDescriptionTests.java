package org.spmawards.api.query;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * Every custom query's answer restates its selection in words, in English and Indonesian,
 * exactly: five filters, from none to nested ones, and the groups of statistics.
 */
@GraphQlApiTest
@TestPropertySource(properties = "spm.test-database.name=query_words")
class QueryDescriptionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void restatesEachSelectionInEnglishAndIndonesian() {
		expect("indexValues", "", "Index values: all", "Nilai indeks: semua");
		expect("indexValues",
				"filter: { level: { equalTo: REGENCY }, provinceCode: { equalTo: \"32\" }, sector: { equalTo: HEALTH },"
						+ " value: { lessThan: 80 }, fiscalYear: { equalTo: 2024 } }",
				"Index values: fiscal year 2024, of Jawa Barat, regencies, health, value below 80",
				"Nilai indeks: tahun anggaran 2024, di Jawa Barat, kabupaten, kesehatan, nilai di bawah 80");
		expect("indexValues",
				"filter: { sector: { isNull: true }, level: { in: [PROVINCE, CITY] }, origin: { equalTo: PUBLISHED } }",
				"Index values: provinces or cities, the overall index, published",
				"Nilai indeks: provinsi atau kota, indeks keseluruhan, diterbitkan");
		expect("indexValues",
				"filter: { fiscalYear: { greaterThanOrEqualTo: 2022 }, or: [{ regionCode: { equalTo: \"36.71\" } },"
						+ " { value: { greaterThan: 95.5 } }] }",
				"Index values: fiscal year from 2022, (region Kota Tangerang or value above 95.5)",
				"Nilai indeks: tahun anggaran sejak 2022, (daerah Kota Tangerang atau nilai di atas 95.5)");
		expect("achievements",
				"filter: { serviceType: { equalTo: \"HEA-K-1\" }, not: { provinceCode: { in: [\"31\", \"32\"] } },"
						+ " quality: { lessThanOrEqualTo: 50 } }",
				"Service achievements: service type HEA-K-1 (Antenatal care), quality at"
						+ " most 50, not (of Daerah Khusus Ibukota Jakarta or Jawa Barat)",
				"Capaian layanan: jenis layanan HEA-K-1 (Pelayanan kesehatan ibu hamil), mutu paling"
						+ " tinggi 50, bukan (di Daerah Khusus Ibukota Jakarta atau Jawa Barat)");
	}

	@Test
	void restatesTheRowsOfEachGroupOfStatistics() {
		var response = this.graphQl.document("""
				{ statistics(of: INDEX_VALUES, groupBy: [PROVINCE],
				    filter: { indexValues: { fiscalYear: { equalTo: 2024 }, sector: { isNull: true } } }) {
				  key { province { code } } description { en id } } }
				""").execute();
		// Maluku's group (its overall index of 2024 is published and ranked)
		response.path("statistics[?(@.key.province.code == '81')].description.en")
			.entityList(String.class)
			.containsExactly("Index values: fiscal year 2024, the overall index, ranked, of Maluku");
		response.path("statistics[?(@.key.province.code == '81')].description.id")
			.entityList(String.class)
			.containsExactly("Nilai indeks: tahun anggaran 2024, indeks keseluruhan, diperingkat, di Maluku");
		this.graphQl.document("""
				{ statistics(of: ACHIEVEMENTS, groupBy: [FISCAL_YEAR]) { description { en id } } }
				""")
			.execute()
			.path("statistics[*].description.en")
			.entityList(String.class)
			.satisfies((texts) -> org.assertj.core.api.Assertions.assertThat(texts)
				.allMatch((text) -> text.matches("Service achievements: fiscal year \\d{4}")));
	}

	private void expect(String field, String arguments, String english, String indonesian) {
		String document = "{ " + field + (arguments.isEmpty() ? "" : "(" + arguments + ")")
				+ " { description { en id } totalCount } }";
		var response = this.graphQl.document(document).execute();
		response.path(field + ".description.en").entity(String.class).isEqualTo(english);
		response.path(field + ".description.id").entity(String.class).isEqualTo(indonesian);
	}

}
