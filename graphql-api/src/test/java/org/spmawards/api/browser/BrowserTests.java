package org.spmawards.api.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a browser without internet uses it: a page on another origin reads a
 * ranking over GET and POST, and GraphiQL, served from the jar, renders and runs a query.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
class BrowserTests {

	private static ChromeDriver chrome;

	/** Serves the page of the other origin. */
	private static HttpServer otherOrigin;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		chrome = Browsers.start();
		otherOrigin = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		otherOrigin.createContext("/", (exchange) -> {
			byte[] page = OTHER_ORIGIN_PAGE.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		otherOrigin.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (chrome != null) {
			chrome.quit();
		}
		if (otherOrigin != null) {
			otherOrigin.stop(0);
		}
	}

	@Test
	void aPageOnAnotherOriginReadsARankingOverGetAndPost() {
		// localhost:<other port> calls 127.0.0.1:<service port>: another host and port
		chrome.get("http://localhost:" + otherOrigin.getAddress().getPort() + "/?api=http://127.0.0.1:" + this.port
				+ "/graphql");
		WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(30));
		for (String method : new String[] { "get", "post" }) {
			WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(method + "-done")));
			assertThat(result.getText()).as(method).startsWith("200 ").contains("\"name\":\"Maluku\"", "97.89");
		}
	}

	@Test
	void graphiQlRendersItsEditorAndRunsAQuery() {
		chrome.get("http://127.0.0.1:" + this.port + "/graphiql");
		WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
		WebElement run = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")));
		WebElement response = chrome.findElement(By.cssSelector(".graphiql-response"));
		assertThat(chrome.findElement(By.cssSelector(".graphiql-query-editor")).getText())
			.contains("query rankingTable");
		double inkBefore = ink(response.getRect());
		run.click();
		wait.until((browser) -> response.getText().contains("\"totalCount\""));
		// the cities of the 2025 edition: Kota Tangerang first with its published 99.95
		assertThat(response.getText()).contains("\"rankings\"", "\"Kota Tangerang\"", "99.95")
			.doesNotContain("\"errors\"");
		double inkAfter = ink(response.getRect());
		save("graphiql.png");
		// the result is drawn, not only present in the page: its pane fills with text
		// (an empty pane draws about 1 % of its pixels, a pane full of JSON about 3 %)
		assertThat(inkAfter).as("ink in the response pane: %.4f before, %.4f after", inkBefore, inkAfter)
			.isGreaterThan(2 * inkBefore)
			.isGreaterThan(inkBefore + 0.01);
	}

	@Test
	void theExplorerShowsMalukusPublishedNationalRankFirstAndLabelsTheComputedOne() {
		chrome.get("http://127.0.0.1:" + this.port + "/explore?edition=2025&category=PROVINCE&lang=en");
		WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
		WebElement maluku = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking tbody tr[data-code='81']")));
		// the published 17 first, the place among the values held only labelled as
		// computed; the change (21 -> 17) beside the rank it belongs to
		assertThat(maluku.findElement(By.cssSelector("td.rank")).getText())
			.isEqualTo("17 national, published · computed: 1 within the data held");
		assertThat(maluku.findElements(By.tagName("td")).get(5).getText()).isEqualTo("+4");
		maluku.findElement(By.cssSelector("button.link")).click();
		wait.until(ExpectedConditions.textToBe(By.id("panel-rank"),
				"Rank 17 national, published · computed: 1 within the data held (+4)"));
	}

	/** Keeps a screenshot in {@code target/browser/} for a person to look at. */
	private static void save(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "browser"));
			Files.write(directory.resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The share of a screen area drawn in something else than its background (its most
	 * common colour), from a screenshot.
	 */
	private static double ink(Rectangle area) {
		BufferedImage screen;
		try {
			screen = ImageIO.read(new ByteArrayInputStream(chrome.getScreenshotAs(OutputType.BYTES)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int left = Math.max(0, area.getX());
		int top = Math.max(0, area.getY());
		int right = Math.min(screen.getWidth(), area.getX() + area.getWidth());
		int bottom = Math.min(screen.getHeight(), area.getY() + area.getHeight());
		Map<Integer, Integer> colours = new HashMap<>();
		for (int y = top; y < bottom; y++) {
			for (int x = left; x < right; x++) {
				colours.merge(screen.getRGB(x, y) & 0xffffff, 1, Integer::sum);
			}
		}
		int all = colours.values().stream().mapToInt(Integer::intValue).sum();
		int background = colours.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		int drawn = colours.entrySet()
			.stream()
			.filter((colour) -> distance(colour.getKey(), background) > 60)
			.mapToInt(Map.Entry::getValue)
			.sum();
		return (all > 0) ? (double) drawn / all : 0;
	}

	private static int distance(int rgb, int other) {
		return Math.abs(((rgb >> 16) & 0xff) - ((other >> 16) & 0xff))
				+ Math.abs(((rgb >> 8) & 0xff) - ((other >> 8) & 0xff)) + Math.abs((rgb & 0xff) - (other & 0xff));
	}

	private static final String OTHER_ORIGIN_PAGE = """
			<!doctype html>
			<html><head><meta charset="utf-8"><title>Another origin</title></head>
			<body>
			<script>
			const api = new URLSearchParams(location.search).get('api');
			const query = '{ rankings(edition: 2025, category: PROVINCE) { edges { node { region { name } value } } } }';
			function show(method, promise) {
			  promise.then(async (response) => `${response.status} ${await response.text()}`)
			    .catch((error) => `failed ${error}`)
			    .then((text) => {
			      const result = document.createElement('pre');
			      result.id = method + '-done';
			      result.textContent = text;
			      document.body.appendChild(result);
			    });
			}
			show('get', fetch(api + '?query=' + encodeURIComponent(query)));
			show('post', fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' },
			  body: JSON.stringify({ query }) }));
			</script>
			</body></html>
			""";

}
