// The change feeds as feed readers take them: the JSON Feed validated with Ajv against the
// jsonfeed-schema package's JSON Feed 1.1 schema, and the Atom feed read by Python's feedparser
// (what a newsroom's scripts and many readers use) without a single complaint, on the official and
// the demo data, in both languages and filtered. Each edition is an entry from the start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from 'jsonfeed-schema/schema-v1.1.json' with { type: 'json' };
import { DEMO, OFFICIAL } from './support.mjs';

const validate = addFormats(new Ajv({ allErrors: true })).compile(schema);
const FEEDS = ['', '?lang=en', '?level=CITY&lang=en', '?province=36&fiscalYear=2024'];

test('every JSON Feed is valid JSON Feed 1.1', async () => {
  for (const url of [OFFICIAL, DEMO]) {
    for (const query of FEEDS) {
      const response = await fetch(url + '/feeds/changes.json' + query);
      assert.equal(response.status, 200, query);
      assert.equal(response.headers.get('content-type'), 'application/feed+json;charset=UTF-8');
      assert.ok(response.headers.get('etag'), 'an ETag');
      const feed = await response.json();
      validate(feed);
      assert.deepEqual(validate.errors ?? [], [], url + query);
      assert.ok(feed.items.length > 0, 'the editions are entries: ' + url + query);
    }
  }
  const english = await (await fetch(OFFICIAL + '/feeds/changes.json?lang=en')).json();
  const edition = english.items.find((item) => item.title.startsWith('SPM Awards 2025'));
  assert.match(edition.content_text, /best city: Kota Tangerang \(36\.71\)\./);
});

test('feedparser reads every Atom feed without a complaint', async () => {
  for (const url of [OFFICIAL, DEMO]) {
    for (const query of FEEDS) {
      const response = await fetch(url + '/feeds/changes.atom' + query);
      assert.equal(response.status, 200, query);
      const read = spawnSync('/usr/bin/python3', ['-c', `
import json, sys, feedparser
feed = feedparser.parse(sys.stdin.buffer.read(), response_headers={'content-type': sys.argv[1]})
print(json.dumps({'bozo': feed.bozo, 'problem': str(feed.get('bozo_exception', '')), 'version': feed.version,
  'entries': len(feed.entries), 'links': [entry.link for entry in feed.entries]}))
`, response.headers.get('content-type')], { input: Buffer.from(await response.arrayBuffer()), encoding: 'utf8' });
      assert.equal(read.status, 0, read.stderr);
      const parsed = JSON.parse(read.stdout);
      assert.equal(parsed.bozo, false, parsed.problem);
      assert.equal(parsed.version, 'atom10');
      assert.ok(parsed.entries > 0, url + query);
      assert.ok(parsed.links.every((link) => link.startsWith(url + '/')), 'absolute links to this host');
    }
  }
});
