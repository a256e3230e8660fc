package org.spmawards.api.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in headless Chromium cut off from the internet, on the demo dataset (whose
 * rankings are complete): the map, the table, the region panel, the downloads, the URL
 * and the two languages, as a reader uses them. The first page it opens is the first the
 * browser loads, so the time it prints is that of a cold start. Writes the README's
 * pictures: {@code docs/explorer.png}, {@code docs/explorer-phone.png} and
 * {@code docs/embed.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=demo_api", "spm.dataset=demo" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerTests {

	private static final String SHAPES = "#map path[data-code]";

	private static ChromeDriver chrome;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		chrome = Browsers.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (chrome != null) {
			chrome.quit();
		}
	}

	@Test
	@Order(1)
	void drawsTheCitiesThenTheRegenciesWithoutErrorsOrRequestsLeavingTheMachine() {
		long drawnAt = open("/explore");
		assertThat(count(SHAPES)).isEqualTo(98);
		assertThat(text("coverage")).startsWith("98 dari 98 kota memiliki nilai untuk tahun anggaran 2024");
		assertThat(text("dataset")).startsWith("Data demo (sintetis)");
		assertThat(chrome.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(25);
		assertThat(text("page")).isEqualTo("Halaman 1 dari 4");
		assertNoErrorsAndNothingLeftTheMachine();
		System.out.println("The explorer drew the national map of the cities " + drawnAt + " ms after navigation");

		new Select(chrome.findElement(By.id("category"))).selectByValue("REGENCY");
		waitForShapes(416);
		assertThat(text("coverage")).startsWith("416 dari 416 kabupaten memiliki nilai");
		assertThat(chrome.getCurrentUrl()).contains("category=REGENCY");
		assertNoErrorsAndNothingLeftTheMachine();

		long regencies = open("/explore?category=REGENCY&sector=HEALTH&region=32.01&lang=en");
		wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-chart canvas")));
		System.out.println("The explorer drew the national map of the regencies " + regencies + " ms after navigation");
	}

	@Test
	@Order(2)
	void takesTheReadmesPicturesOfTheExplorerOnADesktopAndAPhoneAndOfAnEmbed() {
		Dimension window = chrome.manage().window().getSize();
		try {
			chrome.manage().window().setSize(new Dimension(1280, 900));
			open("/explore?category=REGENCY&sector=HEALTH&region=32.01&lang=en");
			wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-chart canvas")));
			screenshot("explorer.png");
			chrome.manage().window().setSize(new Dimension(390, 844));
			open("/explore?category=CITY&lang=en");
			screenshot("explorer-phone.png");
			chrome.manage().window().setSize(new Dimension(820, 720));
			chrome.get(url("/embed?edition=2025&category=REGENCY&sector=HEALTH&lang=en"));
			wait(30).until((browser) -> (Boolean) chrome.executeScript(
					"const img = document.querySelector('img'); return img.complete && img.naturalWidth > 0"));
			screenshot("embed.png");
		}
		finally {
			chrome.manage().window().setSize(window);
		}
	}

	@Test
	void changingTheSectorChangesTheColoursAndTheTableAndTheCsvIsTheExport() throws Exception {
		open("/explore?edition=2025&category=CITY");
		String colours = colours();
		String table = text("ranking");
		new Select(chrome.findElement(By.id("sector"))).selectByValue("HEALTH");
		wait(30).until((browser) -> !colours().equals(colours) && !text("ranking").equals(table));
		assertThat(chrome.getCurrentUrl()).contains("sector=HEALTH");
		assertThat(text("coverage")).endsWith("Kesehatan.");

		String csv = chrome.findElement(By.id("download-csv")).getDomAttribute("href");
		assertThat(csv).isEqualTo("export/rankings.csv?edition=2025&category=CITY&sector=HEALTH");
		String inBrowser = (String) chrome.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.getElementById('download-csv').href)
				  .then((response) => response.arrayBuffer())
				  .then((bytes) => done(btoa(String.fromCharCode(...new Uint8Array(bytes)))));
				""");
		byte[] export = this.http
			.send(HttpRequest
				.newBuilder(URI.create(url("/export/rankings.csv?edition=2025&category=CITY&sector=HEALTH")))
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		assertThat(Base64.getDecoder().decode(inBrowser)).isEqualTo(export);
		assertThat(new String(export)).contains("Kota Tangerang");
		assertThat(chrome.findElement(By.id("download-geojson")).getDomAttribute("href"))
			.isEqualTo("map/regions.geojson?level=CITY&edition=2025&sector=HEALTH");
		assertThat(chrome.findElement(By.id("download-bulk")).getDomAttribute("href")).isEqualTo("export/bulk");
		assertNoErrorsAndNothingLeftTheMachine();
	}

	@Test
	void clickingKotaTangerangShowsItsAwardsWithSourcesAndTheUrlRestoresTheView() {
		open("/explore?edition=2025&category=CITY&sector=EDUCATION");
		new Select(chrome.findElement(By.id("province"))).selectByValue("36");
		assertThat(chrome.getCurrentUrl()).contains("province=36");
		WebElement tangerang = chrome.findElement(By.cssSelector(SHAPES + "[data-code='36.71']"));
		wait(10).until(ExpectedConditions.elementToBeClickable(tangerang));
		tangerang.click();
		WebElement panel = wait(30)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel[data-code='36.71']")));
		assertThat(text("panel-title")).isEqualTo("Kota Tangerang");
		List<WebElement> awards = panel.findElements(By.cssSelector("li.award"));
		assertThat(awards).extracting(WebElement::getText)
			.satisfiesExactly((award) -> assertThat(award).startsWith("2023 · Kota Peringkat 1"),
					(award) -> assertThat(award).startsWith("2024 · Kota Peringkat 3"),
					(award) -> assertThat(award).startsWith("2025 · Kota Peringkat 1"));
		for (WebElement award : awards) {
			award.findElement(By.tagName("summary")).click();
			assertThat(award.findElements(By.cssSelector("details a[href^='https://']"))).isNotEmpty();
		}
		// the index per field over the years, drawn, and the field down to its service
		// types
		assertThat(count("#panel-chart canvas")).isEqualTo(1);
		assertThat(text("panel-detail")).contains("Tahun anggaran 2024", "Indeks Pendidikan");
		// a city owes three education services
		assertThat(chrome.findElements(By.cssSelector("#panel-detail tbody tr td:first-child")))
			.extracting((cell) -> cell.getText().split(" ")[0])
			.containsExactly("EDU-K-1", "EDU-K-2", "EDU-K-3");

		chrome.findElement(By.id("language")).click();
		assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("SPM Awards explorer");
		assertThat(chrome.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(text("coverage")).startsWith("98 of 98 cities have a value for fiscal year 2024");
		assertThat(chrome.findElement(By.cssSelector("#ranking th")).getText()).startsWith("Rank");
		assertThat(text("panel-awards")).contains("2023 · City Place 1");
		String shared = chrome.getCurrentUrl();
		assertThat(shared).contains("edition=2025", "category=CITY", "sector=EDUCATION", "region=36.71", "lang=en");

		open("/explore?lang=id");
		assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Penjelajah SPM Awards");
		chrome.get(shared);
		waitForDrawn();
		wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel[data-code='36.71']")));
		assertThat(new Select(chrome.findElement(By.id("edition"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("2025");
		assertThat(new Select(chrome.findElement(By.id("sector"))).getFirstSelectedOption().getText())
			.isEqualTo("Education");
		assertThat(new Select(chrome.findElement(By.id("province"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("36");
		assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("SPM Awards explorer");
		assertThat(count(SHAPES)).isEqualTo(98);
		assertNoErrorsAndNothingLeftTheMachine();
	}

	@Test
	void theTableIsSortableAndItsRegionsOpenFromTheKeyboardOrASearch() {
		open("/explore?edition=2024&category=PROVINCE");
		assertThat(count(SHAPES)).isEqualTo(38);
		WebElement first = chrome.findElement(By.cssSelector("#ranking tbody tr button"));
		String code = chrome.findElement(By.cssSelector("#ranking tbody tr")).getDomAttribute("data-code");
		first.sendKeys(Keys.ENTER);
		wait(30)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel[data-code='" + code + "']")));
		String byRank = text("ranking");
		chrome.findElement(By.cssSelector("#ranking th button[data-sort='region']")).sendKeys(Keys.ENTER);
		assertThat(chrome.findElement(By.cssSelector("#ranking tbody tr td:nth-child(2)")).getText())
			.isEqualTo("Aceh (11)");
		assertThat(text("ranking")).isNotEqualTo(byRank);

		// a search by name, then by code
		WebElement search = chrome.findElement(By.id("search"));
		search.sendKeys("jawa barat", Keys.ENTER);
		wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel[data-code='32']")));
		search.clear();
		search.sendKeys("36", Keys.ENTER);
		wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel[data-code='36']")));
		assertThat(text("panel-title")).isEqualTo("Banten");
		assertNoErrorsAndNothingLeftTheMachine();
	}

	/** Opens a page of the explorer and waits until it has drawn its map. */
	private long open(String path) {
		chrome.get(url(path));
		return waitForDrawn();
	}

	private long waitForDrawn() {
		String drawn = wait(30)
			.until((browser) -> chrome.findElement(By.tagName("body")).getDomAttribute("data-drawn"));
		return Long.parseLong(drawn);
	}

	private void waitForShapes(int shapes) {
		wait(30).until((browser) -> count(SHAPES) == shapes);
	}

	private String colours() {
		return (String) chrome.executeScript("""
				return Array.from(document.querySelectorAll('#map path[data-code]'))
				  .map((path) => path.getAttribute('data-code') + '=' + path.getAttribute('fill')).join(',');
				""");
	}

	/**
	 * Asserts that the browser logged no error, and that every resource the page loaded
	 * came from the service.
	 */
	private void assertNoErrorsAndNothingLeftTheMachine() {
		List<String> errors = chrome.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("console errors").isEmpty();
		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) chrome
			.executeScript("return performance.getEntriesByType('resource').map((entry) => entry.name)");
		assertThat(resources).isNotEmpty().allSatisfy((resource) -> assertThat(resource).startsWith(url("/")));
	}

	/** Writes a screenshot the README shows. */
	private static void screenshot(String name) {
		try {
			Path docs = Path.of("..", "docs");
			Path target = Files.isDirectory(docs) ? docs : Files.createDirectories(Path.of("target", "browser"));
			Files.write(target.resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int count(String selector) {
		return chrome.findElements(By.cssSelector(selector)).size();
	}

	private String text(String id) {
		return chrome.findElement(By.id(id)).getText();
	}

	private static WebDriverWait wait(int seconds) {
		return new WebDriverWait(chrome, Duration.ofSeconds(seconds));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
