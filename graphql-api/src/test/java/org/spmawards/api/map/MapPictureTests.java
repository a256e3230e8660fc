package org.spmawards.api.map;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;
import org.spmawards.api.support.Downloads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map as a picture, on the official dataset: the SVG fills every region with a value
 * in the explorer's colour of its level and the others grey, says how many have a value
 * and which data version it shows; the PNG decodes at the width asked; an import changes
 * both; a width or language it cannot draw is a 400 naming the parameter. The embed shows
 * the map of a view with its title, source and links.
 */
@GraphQlApiTest
@TestPropertySource(properties = { "spm.test-database.name=map_pictures", "spm.admin-token=pictures-token" })
class MapPictureTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern FILL = Pattern.compile("id='([0-9.]+)' style='fill:rgb\\((\\d+),(\\d+),(\\d+)\\)");

	WebTestClient client;

	@Autowired
	void client(WebTestClient client) {
		this.client = Downloads.roomy(client);
	}

	@Test
	void fillsEveryRegionInTheColourOfItsLevelAndSaysHowManyHaveAValue() {
		JsonNode features = JSON.readTree(body("/map/regions.geojson?level=CITY&edition=2025")).get("features");
		String svg = new String(body("/map/regions.svg?level=CITY&edition=2025&lang=en"), StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<?xml")
			.contains("SPM index of the cities, SPM Awards 2025 (fiscal year 2024)", "2 of 98 cities have a value",
					"Tuntas Utama", "No value", "data version ")
			.doesNotContain("DEMO");
		int checked = 0;
		int withValue = 0;
		for (JsonNode feature : features) {
			String code = feature.get("id").asString();
			JsonNode properties = feature.get("properties");
			Color expected = properties.get("value").isNull() ? MapPicture.NO_VALUE
					: MapPicture.PALETTE.get(properties.get("achievementLevel").asString());
			withValue += properties.get("value").isNull() ? 0 : 1;
			assertThat(fill(svg, code)).as(code).isEqualTo(expected);
			checked++;
		}
		assertThat(checked).isEqualTo(98);
		assertThat(withValue).isEqualTo(2);
		// Kota Tangerang, 99.95 published: Tuntas Utama, the explorer's #2c7fb8
		assertThat(fill(svg, "36.71")).isEqualTo(new Color(0x2c7fb8));
		assertThat(new String(body("/map/regions.svg?level=PROVINCE&edition=2025"), StandardCharsets.UTF_8)).contains(
				"Indeks SPM provinsi, SPM Awards 2025 (tahun anggaran 2024)", "dari 38 provinsi memiliki nilai",
				"Tanpa nilai", "versi data ");
	}

	@Test
	void drawsThePngAtTheWidthAsked() throws IOException {
		EntityExchangeResult<byte[]> answer = this.client.get()
			.uri("/map/regions.png?level=PROVINCE&edition=2025&width=640")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectBody()
			.returnResult();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.getResponseBody()));
		assertThat(image.getWidth()).isEqualTo(640);
		assertThat(image.getHeight()).isBetween(250, 500);
	}

	@Test
	void changesThePicturesWhenAnImportChangesTheData() {
		String uri = "/map/regions.svg?level=CITY&edition=2025";
		EntityExchangeResult<byte[]> before = this.client.get().uri(uri).exchange().expectBody().returnResult();
		this.client.post()
			.uri("/admin/imports/achievements?fiscalYear=2024")
			.header("Authorization", "Bearer pictures-token")
			.contentType(MediaType.valueOf("text/csv"))
			.bodyValue("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,77,100\n")
			.exchange()
			.expectStatus()
			.isOk();
		EntityExchangeResult<byte[]> after = this.client.get().uri(uri).exchange().expectBody().returnResult();
		assertThat(after.getResponseHeaders().getETag()).isNotEqualTo(before.getResponseHeaders().getETag());
		assertThat(new String(after.getResponseBody(), StandardCharsets.UTF_8))
			.isNotEqualTo(new String(before.getResponseBody(), StandardCharsets.UTF_8));
	}

	@Test
	void drawsARankingAsBarsInItsOrderSayingWhatItsPlacesMean() throws IOException {
		String svg = new String(body("/charts/ranking.svg?edition=2025&category=CITY&lang=en"), StandardCharsets.UTF_8);
		assertThat(svg).contains("SPM index of the cities, SPM Awards 2025 (fiscal year 2024)",
				"2 of 98 cities in the ranking; places within the data held, not national ranks", "Kota Tangerang",
				"99.95");
		Matcher bar = Pattern.compile("id='bar-36.71'[^>]*?fill:rgb\\((\\d+),(\\d+),(\\d+)\\)").matcher(svg);
		assertThat(bar.find()).isTrue();
		assertThat(new Color(Integer.parseInt(bar.group(1)), Integer.parseInt(bar.group(2)),
				Integer.parseInt(bar.group(3))))
			.isEqualTo(new Color(0x2c7fb8));
		// the province and the field are named as on the map
		assertThat(new String(body("/charts/ranking.svg?edition=2025&category=CITY&provinceCode=36&sector=HEALTH"),
				StandardCharsets.UTF_8))
			.contains("Indeks SPM kota di Banten, Kesehatan, SPM Awards 2025 (tahun anggaran 2024)");
		BufferedImage png = ImageIO
			.read(new ByteArrayInputStream(body("/charts/ranking.png?edition=2025&category=CITY&width=500")));
		assertThat(png.getWidth()).isEqualTo(500);
		this.client.get()
			.uri("/charts/ranking.png?edition=2025&category=CITY&top=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("top");
		this.client.get()
			.uri("/charts/ranking.svg?edition=1999&category=CITY")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("edition");
	}

	@Test
	void refusesAWidthOrLanguageItCannotDrawNamingTheParameter() {
		for (String[] bad : new String[][] { { "width=99", "width" }, { "width=5000", "width" }, { "lang=fr", "lang" },
				{ "colour=red", "colour" } }) {
			this.client.get()
				.uri("/map/regions.png?level=CITY&" + bad[0])
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.parameter")
				.isEqualTo(bad[1]);
		}
	}

	@Test
	void embedsTheMapOfAViewWithItsTitleSourceAndLinksWithoutTheControls() {
		String page = new String(body("/embed?edition=2025&category=CITY&sector=HEALTH&province=36&lang=en"),
				StandardCharsets.UTF_8);
		assertThat(page)
			.contains("<html lang=\"en\">",
					"<title>SPM index of the cities of Banten, Health, SPM Awards 2025 (fiscal year 2024)</title>",
					"<img src=\"map/regions.svg?edition=2025&amp;level=CITY&amp;sector=HEALTH&amp;provinceCode=36"
							+ "&amp;lang=en&amp;width=960\" alt=\"SPM index of the cities of Banten, Health",
					"Data version ",
					"href=\"explore?edition=2025&amp;category=CITY&amp;sector=HEALTH&amp;province=36"
							+ "&amp;lang=en\" target=\"_top\"",
					"href=\"export/rankings.csv?edition=2025&amp;category=CITY&amp;sector=HEALTH&amp;provinceCode=36\"")
			.doesNotContain("<select", "<input", "Demo data");
		String indonesian = new String(body("/embed?edition=2024&category=PROVINCE"), StandardCharsets.UTF_8);
		assertThat(indonesian).contains("<html lang=\"id\">",
				"Indeks SPM provinsi, SPM Awards 2024 (tahun anggaran" + " 2023)", "Versi data ",
				"Buka di Penjelajah SPM Awards");
		for (String[] bad : new String[][] { { "category=CITY", "edition", "400" },
				{ "edition=2025&category=VILLAGE", "category", "400" },
				{ "edition=1999&category=CITY", "edition", "404" },
				{ "edition=2025&category=CITY&lang=fr", "lang", "400" },
				{ "edition=2025&category=CITY&width=800", "width", "400" } }) {
			this.client.get()
				.uri("/embed?" + bad[0])
				.exchange()
				.expectStatus()
				.isEqualTo(Integer.parseInt(bad[2]))
				.expectBody()
				.jsonPath("$.parameter")
				.isEqualTo(bad[1]);
		}
	}

	private static Color fill(String svg, String code) {
		Matcher matcher = FILL.matcher(svg);
		while (matcher.find()) {
			if (matcher.group(1).equals(code)) {
				return new Color(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
						Integer.parseInt(matcher.group(4)));
			}
		}
		throw new AssertionError("no shape of " + code + " in the SVG");
	}

	private byte[] body(String uri) {
		return Downloads.body(this.client, uri);
	}

}
