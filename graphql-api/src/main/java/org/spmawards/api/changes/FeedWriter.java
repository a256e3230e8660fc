package org.spmawards.api.changes;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a change feed as Atom (RFC 4287) or as JSON Feed 1.1.
 */
final class FeedWriter {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private FeedWriter() {
	}

	/**
	 * The feed's own words and addresses.
	 *
	 * @param title its title
	 * @param description what it lists
	 * @param language {@code id} or {@code en}
	 * @param self its own address
	 * @param home the page it describes
	 * @param updated when it last changed
	 */
	record Feed(String title, String description, String language, String self, String home, OffsetDateTime updated) {

	}

	static String atom(Feed feed, List<FeedEntry> entries) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.language());
			element(xml, "id", feed.self());
			element(xml, "title", feed.title());
			element(xml, "subtitle", feed.description());
			element(xml, "updated", time(feed.updated()));
			link(xml, "self", feed.self(), "application/atom+xml");
			link(xml, "alternate", feed.home(), "text/html");
			xml.writeStartElement("author");
			element(xml, "name", "SPM Awards API");
			xml.writeEndElement();
			element(xml, "generator", "SPM Awards API");
			for (FeedEntry entry : entries) {
				xml.writeStartElement("entry");
				element(xml, "id", entry.id());
				element(xml, "title", entry.title());
				element(xml, "updated", time(entry.updated()));
				link(xml, "alternate", entry.url(), "text/html");
				String json = entry.jsonUrl();
				if (json != null) {
					link(xml, "alternate", json, "application/json");
				}
				for (String tag : entry.tags()) {
					xml.writeEmptyElement("category");
					xml.writeAttribute("term", tag);
				}
				element(xml, "summary", entry.summary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return text.toString();
	}

	static String json(JsonMapper json, Feed feed, List<FeedEntry> entries) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("version", "https://jsonfeed.org/version/1.1");
		document.put("title", feed.title());
		document.put("description", feed.description());
		document.put("home_page_url", feed.home());
		document.put("feed_url", feed.self());
		document.put("language", feed.language());
		document.put("authors", List.of(Map.of("name", "SPM Awards API")));
		document.put("items", entries.stream().map((entry) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", entry.id());
			item.put("url", entry.url());
			item.put("title", entry.title());
			item.put("content_text", entry.summary());
			item.put("date_published", time(entry.updated()));
			item.put("tags", entry.tags());
			return item;
		}).toList());
		return json.writeValueAsString(document);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String time(OffsetDateTime time) {
		return TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

}
