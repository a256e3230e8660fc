package org.spmawards.api.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the browser tests, from Debian's {@code chromium} and
 * {@code chromium-driver} packages (or {@code CHROME_BIN} and {@code CHROMEDRIVER}), cut
 * off from the internet: every host but this machine fails to resolve, so a page that
 * needs a CDN fails. Without Chromium the tests are skipped, unless
 * {@code SPM_BROWSER_TESTS=required} (as in CI), when they fail.
 */
final class Browsers {

	private Browsers() {
	}

	static ChromeDriver start() {
		Path browser = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
		Path driver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
		boolean present = Files.isExecutable(browser) && Files.isExecutable(driver);
		String missing = "Headless Chromium is needed: apt-get install chromium chromium-driver (or set CHROME_BIN"
				+ " and CHROMEDRIVER)";
		if (!present && "required".equals(System.getenv("SPM_BROWSER_TESTS"))) {
			throw new IllegalStateException(missing);
		}
		Assumptions.assumeTrue(present, missing);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--force-device-scale-factor=1", "--no-proxy-server",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		// the console, for the tests that assert that a page logs no error
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
