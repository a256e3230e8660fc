package org.spmawards.api.changes;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The change feeds as a newsroom's reader follows them: after an import of a known file,
 * a new entry whose page shows exactly the row the file added (then changed) and the
 * ranks that moved; every feed valid against RFC 4287's schema, with ETags, filters and
 * typed errors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=change_feeds", "spm.admin-token=feeds-token" })
class ChangeFeedTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anImportIsAnEntryWhosePageShowsItsRowsAndRanks() throws Exception {
		HttpResponse<String> before = get("/feeds/changes.atom?lang=en");
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(before.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		assertValidAtom(before.body());
		// the editions are there from the start, the official winners named
		assertThat(before.body()).contains("<title>SPM Awards 2025",
				"Best province: Jawa Barat (32); best regency: Kabupaten Bogor (32.01); best city: Kota Tangerang (36.71).")
			.doesNotContain("Revision ");
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/feeds/changes.atom?lang=en", "If-None-Match", etag).statusCode()).isEqualTo(304);

		long added = importAchievements("36.71,HEA-K-1,100,90,100");
		HttpResponse<String> after = get("/feeds/changes.atom?lang=en");
		assertValidAtom(after.body());
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		assertThat(after.body()).contains(
				"<title>Revision " + added + ": service achievements of fiscal year 2024 changed</title>",
				"/changes/" + added + "?lang=en\"", "<summary>1 row added, 0 changed, 0 removed;");

		JsonNode first = json("/changes/" + added + ".json");
		assertThat(first.at("/revision/rowsAdded").asLong()).isEqualTo(1);
		assertThat(first.get("rows")).hasSize(1);
		assertThat(first.at("/rows/0/regionCode").asString()).isEqualTo("36.71");
		assertThat(first.at("/rows/0/item").asString()).isEqualTo("HEA-K-1");
		assertThat(first.at("/rows/0/change").asString()).isEqualTo("ADDED");
		assertThat(first.at("/rows/0/before").isNull()).isTrue();
		assertThat(first.at("/rows/0/after/served").asLong()).isEqualTo(90);

		long changed = importAchievements("36.71,HEA-K-1,100,95,100");
		JsonNode second = json("/changes/" + changed + ".json");
		assertThat(second.get("rows")).hasSize(1);
		assertThat(second.at("/rows/0/change").asString()).isEqualTo("CHANGED");
		assertThat(second.at("/rows/0/before/served").asLong()).isEqualTo(90);
		assertThat(second.at("/rows/0/after/served").asLong()).isEqualTo(95);
		String page = get("/changes/" + changed + "?lang=en").body();
		assertThat(page).contains("<html lang=\"en\">", "Kota Tangerang (36.71)", "served 90", "served 95");
		assertThat(get("/changes/" + changed).body()).contains("<html lang=\"id\">", "Baris", "diubah");

		// a published value for Kota Makassar puts it between Kota Tangerang (99.95) and
		// Kota Surabaya (99.83) in the cities' ranking of 2024: two ranks move
		long published = importIndexValues("73.71,,99.90,");
		JsonNode third = json("/changes/" + published + ".json");
		assertThat(third.at("/summary/en").asString()).isEqualTo("1 row added, 0 changed, 0 removed; 2 ranks moved.");
		assertThat(third.at("/summary/id").asString())
			.isEqualTo("1 baris ditambahkan, 0 diubah, 0 dihapus; 2 peringkat bergeser.");
		assertThat(third.get("ranks").toString()).isEqualTo("[{\"regionCode\":\"73.71\",\"level\":\"CITY\","
				+ "\"scope\":\"OVERALL\",\"rankBefore\":null,\"rankAfter\":2,\"valueBefore\":null,\"valueAfter\":99.9},"
				+ "{\"regionCode\":\"35.78\",\"level\":\"CITY\",\"scope\":\"OVERALL\",\"rankBefore\":2,"
				+ "\"rankAfter\":3,\"valueBefore\":99.83,\"valueAfter\":99.83}]");
		assertThat(third.at("/rows/0/after/value").decimalValue()).isEqualByComparingTo("99.90");
		assertThat(get("/changes/" + published + "?lang=en").body()).contains(
				"<td>city</td><td>overall index</td><td>Kota Makassar (73.71)</td><td>–</td><td>2</td><td>–</td><td>99.90</td>",
				"<td>city</td><td>overall index</td><td>Kota Surabaya (35.78)</td><td>2</td><td>3</td><td>99.83</td><td>99.83</td>");
		assertThat(get("/feeds/changes.atom?lang=en").body())
			.contains("<title>Revision " + published + ": published index values of fiscal year 2024 changed</title>");

		// the filters: by province, level, sector and fiscal year
		assertThat(get("/feeds/changes.atom?province=36&lang=en").body()).contains("Revision " + added + ":",
				"Revision " + changed + ":");
		assertThat(get("/feeds/changes.atom?province=11&lang=en").body()).doesNotContain("Revision ");
		assertThat(get("/feeds/changes.atom?level=CITY&fiscalYear=2024&lang=en").body())
			.contains("Revision " + changed + ":");
		assertThat(get("/feeds/changes.atom?sector=EDUCATION&lang=en").body()).doesNotContain("Revision ",
				"SPM Awards 2025");
		assertThat(get("/feeds/changes.atom?fiscalYear=2023&lang=en").body()).doesNotContain("Revision ");
		for (String language : List.of("id", "en")) {
			assertValidAtom(get("/feeds/changes.atom?lang=" + language).body());
		}
		JsonNode feed = json("/feeds/changes.json?lang=en");
		assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
		assertThat(feed.at("/items/0/title").asString()).startsWith("Revision " + published + ":");
	}

	@Test
	void badRequestsGetProblemsThatNameTheirParameter() throws Exception {
		assertProblem("/feeds/changes.atom?level=TOWN", 400, "level");
		assertProblem("/feeds/changes.json?province=99", 400, "province");
		assertProblem("/feeds/changes.json?province=32.04", 400, "province");
		assertProblem("/feeds/changes.atom?fiscalYear=soon", 400, "fiscalYear");
		assertProblem("/feeds/changes.atom?lang=fr", 400, "lang");
		assertProblem("/feeds/changes.atom?since=2024", 400, "since");
		assertProblem("/changes/zero", 400, "revision");
		assertProblem("/changes/0.json", 400, "revision");
		assertProblem("/changes/987654", 404, "revision");
	}

	@Test
	void theSchemaCatchesAFeedThatBreaksIt() throws Exception {
		String feed = get("/feeds/changes.atom").body();
		assertValidAtom(feed);
		// a feed without its own time, and an entry without an id
		String withoutUpdated = feed.replaceFirst("<updated>[^<]*</updated>", "");
		String withoutId = feed.replaceFirst("(<entry>)<id>[^<]*</id>", "$1");
		for (String broken : List.of(withoutUpdated, withoutId)) {
			assertThat(broken).isNotEqualTo(feed);
			assertThatThrownBy(() -> assertValidAtom(broken)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("RFC 4287 schema errors");
		}
	}

	private void assertProblem(String path, int status, String parameter) throws Exception {
		HttpResponse<String> answer = get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
		assertThat(JSON.readTree(answer.body()).get("parameter").asString()).as(path).isEqualTo(parameter);
	}

	private long importAchievements(String row) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
			.header("Authorization", "Bearer feeds-token")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers
				.ofString("region_code,service_type,target,served,quality_pct\n" + row + "\n"))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode report = JSON.readTree(answer.body());
		assertThat(report.get("status").asString()).as(answer.body()).isEqualTo("IMPORTED");
		return report.at("/revision/number").asLong();
	}

	private long importIndexValues(String row) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/index-values?fiscalYear=2024"
					+ "&sourceUrl=https://example.org/a-test-publication"))
			.header("Authorization", "Bearer feeds-token")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("region_code,sector,value,national_rank\n" + row + "\n"))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode report = JSON.readTree(answer.body());
		assertThat(report.get("status").asString()).as(answer.body()).isEqualTo("IMPORTED");
		return report.at("/revision/number").asLong();
	}

	private JsonNode json(String path) throws Exception {
		HttpResponse<String> answer = get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Validates a feed with Jing against RFC 4287's schema; fails naming each error. */
	static void assertValidAtom(String feed) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, handler);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		try {
			assertThat(driver.loadSchema(
					ValidationDriver.uriOrFileInputSource(new ClassPathResource("feeds/atom.rnc").getURL().toString())))
				.as("the schema loads: %s", errors)
				.isTrue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		boolean valid = driver.validate(new InputSource(new StringReader(feed)));
		assertThat(errors).as("RFC 4287 schema errors").isEmpty();
		assertThat(valid).isTrue();
	}

}
