package org.spmawards.api.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page says what the service is and which data it holds, and every link on it
 * works; the guide is the README.
 */
@GraphQlApiTest
class FrontPageTests {

	@Autowired
	WebTestClient client;

	@Test
	void saysWhatTheServiceHoldsAndLinksWhatWorks() {
		String page = page("/");
		assertThat(page)
			.contains("<h1>SPM Awards API</h1>", "Official data.", "href=\"graphiql\"", "href=\"graphql/schema\"",
					"href=\"export/bulk\"", "href=\"guide#example-queries\"")
			.doesNotContain("{{");
		for (String link : page.split("href=\"")) {
			String target = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
			if (target.startsWith("<") || target.startsWith("http")) {
				continue;
			}
			String path = "/" + target.replaceFirst("#.*", "");
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).as(path).isIn(200, 307));
		}
	}

	@Test
	void letsASharedExplorerLinkShowTheMapOfItsView() {
		// only values the explorer knows reach the picture's address
		String page = page("/explore?category=CITY&sector=HEALTH&lang=en&edition=%3Cscript%3E");
		Matcher image = Pattern.compile("<meta property=\"og:image\" content=\"([^\"]+)\" />").matcher(page);
		assertThat(image.find()).isTrue();
		String picture = image.group(1).replace("&amp;", "&");
		assertThat(picture).endsWith("/map/regions.png?level=CITY&edition=2025&sector=HEALTH&lang=en&width=1200")
			.doesNotContain("script");
		assertThat(page).doesNotContain("{{", "<script>");
		this.client.get()
			.uri(picture.substring(picture.indexOf("/map/")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);
	}

	@Test
	void showsTheReadmeAsTheGuideWithItsPictures() {
		// a table or code block that scrolls sideways is reachable with the keyboard; the
		// README's links to localhost:8080 point to the host that serves the guide
		assertThat(page("/guide"))
			.contains("<h2 id=\"example-queries\">Example queries</h2>",
					"<h3 id=\"how-to-read-a-ranking\">How to read a ranking</h3>", "<table tabindex=\"0\">",
					"<pre tabindex=\"0\">", "<img src=\"docs/explorer.png\"", "<a href=\"graphiql\">")
			.doesNotContain("href=\"http://localhost:8080");
		this.client.get()
			.uri("/docs/explorer.png")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);
		this.client.get().uri("/docs/missing.png").exchange().expectStatus().isNotFound();
		this.client.get().uri("/docs/..%2Fapplication.png").exchange().expectStatus().isNotFound();
	}

	private String page(String path) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
