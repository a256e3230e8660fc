package org.spmawards.api.changes;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a change feed: a data revision or an award edition.
 *
 * @param id the entry's permanent address
 * @param title its title
 * @param summary what it says, in a sentence or two
 * @param updated when it happened
 * @param url the page that shows it
 * @param jsonUrl the same in JSON, or {@code null} when there is none
 * @param tags its kind and fiscal year
 */
record FeedEntry(String id, String title, String summary, OffsetDateTime updated, String url, @Nullable String jsonUrl,
		List<String> tags) {

}
